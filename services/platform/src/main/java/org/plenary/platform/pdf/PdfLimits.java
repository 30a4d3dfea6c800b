package org.plenary.platform.pdf;

import java.util.Locale;

/**
 * What a PDF is checked against: its size, its words (none when {@code maxWords} is null), whether it must have
 * a text layer (a scan has none), and the language its words are counted in.
 */
public record PdfLimits(long maxBytes, Integer maxWords, boolean textLayerRequired, Locale locale) {

    public PdfLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        locale = locale == null ? Locale.ROOT : locale;
    }

    /** At most this many bytes, any number of words, scans accepted, words counted without a language. */
    public static PdfLimits ofSize(long maxBytes) {
        return new PdfLimits(maxBytes, null, false, Locale.ROOT);
    }

    public PdfLimits withMaxWords(Integer maxWords) {
        return new PdfLimits(maxBytes, maxWords, textLayerRequired, locale);
    }

    public PdfLimits withTextLayerRequired(boolean required) {
        return new PdfLimits(maxBytes, maxWords, required, locale);
    }

    public PdfLimits withLocale(Locale locale) {
        return new PdfLimits(maxBytes, maxWords, textLayerRequired, locale);
    }
}
