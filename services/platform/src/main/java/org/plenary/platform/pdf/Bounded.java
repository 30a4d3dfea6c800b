package org.plenary.platform.pdf;

import java.util.Map;

/**
 * A file that costs more than its {@link PdfBounds} allow: thrown from inside the reading, it ends the reading with
 * its rule.
 */
final class Bounded extends RuntimeException {

    private final PdfRefusal refusal;
    private final Map<String, Object> facts;

    Bounded(PdfRefusal refusal, String detail, Map<String, Object> facts) {
        super(detail, null, false, false);
        this.refusal = refusal;
        this.facts = facts;
    }

    PdfRefusal refusal() {
        return refusal;
    }

    Map<String, Object> facts() {
        return facts;
    }

    static Bounded tooComplex(String detail, Map<String, Object> facts) {
        return new Bounded(PdfRefusal.PDF_TOO_COMPLEX, detail, facts);
    }
}
