package org.plenary.submission.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.pdf.PdfInspection;
import org.plenary.platform.pdf.PdfInspector;
import org.plenary.platform.pdf.PdfLimits;

/**
 * Checks an uploaded submission with the platform's PDF check ({@link PdfInspector}) against this service's size
 * limit and the session's word limit and scan policy, and refuses it with the rule it breaks. The platform's
 * inspector bounds the work ({@code plenary.pdf.*}: readers at once, timeout, pages, inflated streams). Blocks:
 * callers run it off the event loop.
 */
@ApplicationScoped
public class FileInspector {

    /** What the checks found. */
    public record Inspected(
            String contentType,
            long sizeBytes,
            String sha256,
            int wordCount,
            String wordCountMethod,
            String wordCountLocale,
            boolean textLayer) {}

    private final long maxBytes;
    private final PdfInspector pdf;

    public FileInspector(@ConfigProperty(name = "submission.files.max-bytes") long maxBytes, PdfInspector pdf) {
        this.maxBytes = maxBytes;
        this.pdf = pdf;
    }

    /**
     * Checks the file against the size limit and the session's word limit, counting words in the submission's
     * language; a file without a text layer is refused unless the session accepts scans.
     */
    public Inspected inspect(Path file, String language, Integer wordLimit, boolean scansAllowed) throws IOException {
        PdfInspection inspection = pdf.inspect(
                        file,
                        PdfLimits.ofSize(maxBytes)
                                .withMaxWords(wordLimit)
                                .withTextLayerRequired(!scansAllowed)
                                .withLocale(Locale.forLanguageTag(language)))
                .requireAccepted();
        return new Inspected(
                PdfInspection.CONTENT_TYPE,
                inspection.sizeBytes(),
                inspection.sha256(),
                inspection.words().count(),
                inspection.words().method(),
                inspection.words().locale().toLanguageTag(),
                inspection.hasTextLayer());
    }
}
