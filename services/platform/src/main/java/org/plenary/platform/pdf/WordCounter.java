package org.plenary.platform.pdf;

import java.util.Locale;

/** Counts the words of a text. */
public final class WordCounter {

    public static final String METHOD = "whitespace";

    private WordCounter() {}

    public static WordCount count(String text, Locale locale) {
        String stripped = text == null ? "" : text.strip();
        return new WordCount(stripped.isEmpty() ? 0 : stripped.split("\\s+").length, METHOD, locale);
    }
}
