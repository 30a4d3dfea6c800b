package org.plenary.platform.pdf;

import java.util.Map;
import java.util.Optional;
import org.plenary.platform.problem.RuleViolation;

/**
 * What {@link PdfInspector} found: the file's size and SHA-256, and, for a readable PDF, its pages, text and
 * words; the first rule it breaks, if any, with the limits it was checked against (and, for the rules about the
 * work a file costs, the detail and facts of this refusal).
 */
public record PdfInspection(
        long sizeBytes,
        String sha256,
        int pageCount,
        String text,
        WordCount words,
        Optional<PdfRefusal> refusal,
        PdfLimits limits,
        String refusalDetail,
        Map<String, Object> refusalFacts) {

    public static final String CONTENT_TYPE = "application/pdf";

    public boolean accepted() {
        return refusal.isEmpty();
    }

    /** Whether the PDF has text to read and count (a scan has none: its pages are images). */
    public boolean hasTextLayer() {
        return words != null && words.count() > 0;
    }

    /** Throws the refusal, if any, as the problem the caller is answered with. */
    public PdfInspection requireAccepted() {
        if (refusal.isPresent()) {
            throw violation(refusal.get());
        }
        return this;
    }

    private RuleViolation violation(PdfRefusal r) {
        return switch (r) {
            case EMPTY_FILE -> problem(r, "The file is empty.", Map.of("field", "file"));
            case FILE_TOO_LARGE ->
                problem(
                        r,
                        "The file has " + sizeBytes + " bytes; the limit is " + limits.maxBytes() + ".",
                        Map.of("sizeBytes", sizeBytes, "limitBytes", limits.maxBytes()));
            case WRONG_TYPE ->
                problem(
                        r,
                        "The file's content is not a PDF, whatever its name says.",
                        Map.of("acceptedTypes", java.util.List.of(CONTENT_TYPE)));
            case UNREADABLE_PDF -> problem(r, "The file starts like a PDF but cannot be read as one.", Map.of());
            case NO_TEXT_LAYER ->
                problem(
                        r,
                        "The PDF has no text layer (a scan?): its length cannot be checked. Upload a PDF with text.",
                        Map.of("pageCount", pageCount));
            case TOO_MANY_WORDS ->
                problem(
                        r,
                        "The file has " + words.count() + " words; the limit is " + limits.maxWords() + ".",
                        Map.of("wordCount", words.count(), "wordLimit", limits.maxWords()));
            case TRUNCATED_PDF, TOO_MANY_PAGES, PDF_TOO_COMPLEX, INSPECTION_TIMED_OUT, INSPECTIONS_BUSY ->
                problem(r, refusalDetail, refusalFacts == null ? Map.of() : refusalFacts);
        };
    }

    private static RuleViolation problem(PdfRefusal r, String detail, Map<String, Object> facts) {
        return new RuleViolation(r.status(), r.rule(), r.title(), detail, facts);
    }
}
