package org.plenary.platform.pdf;

/** Why a PDF is refused: each a rule name, with the HTTP status and title the answer carries. */
public enum PdfRefusal {
    EMPTY_FILE("empty-file", 400, "Empty file"),
    FILE_TOO_LARGE("file-too-large", 413, "File too large"),
    WRONG_TYPE("wrong-type", 415, "Wrong file type"),
    UNREADABLE_PDF("unreadable-pdf", 422, "Unreadable PDF"),
    NO_TEXT_LAYER("no-text-layer", 422, "No text layer"),
    TOO_MANY_WORDS("too-many-words", 422, "Too many words"),
    TRUNCATED_PDF("truncated-pdf", 422, "Truncated PDF"),
    TOO_MANY_PAGES("too-many-pages", 422, "Too many pages"),
    PDF_TOO_COMPLEX("pdf-too-complex", 422, "PDF too complex"),
    INSPECTION_TIMED_OUT("inspection-timed-out", 422, "Inspection timed out"),
    INSPECTIONS_BUSY("inspections-busy", 429, "Too many files being checked");

    private final String rule;
    private final int status;
    private final String title;

    PdfRefusal(String rule, int status, String title) {
        this.rule = rule;
        this.status = status;
        this.title = title;
    }

    public String rule() {
        return rule;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
