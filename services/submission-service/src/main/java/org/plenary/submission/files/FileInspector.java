package org.plenary.submission.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.pdf.PdfInspection;
import org.plenary.platform.pdf.PdfInspector;
import org.plenary.platform.pdf.PdfLimits;

/**
 * Checks an uploaded submission with the platform's PDF check ({@link PdfInspector}) against this service's size
 * limit and the session's word limit, and refuses it with the rule it breaks. Blocks: callers run it off the event
 * loop.
 */
@ApplicationScoped
public class FileInspector {

    /** What the checks found. */
    public record Inspected(String contentType, long sizeBytes, String sha256, int wordCount) {}

    private final long maxBytes;

    public FileInspector(@ConfigProperty(name = "submission.files.max-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Inspected inspect(Path file, Integer wordLimit) throws IOException {
        PdfInspection inspection = PdfInspector.inspect(
                        file, PdfLimits.ofSize(maxBytes).withMaxWords(wordLimit))
                .requireAccepted();
        return new Inspected(
                PdfInspection.CONTENT_TYPE,
                inspection.sizeBytes(),
                inspection.sha256(),
                inspection.words().count());
    }
}
