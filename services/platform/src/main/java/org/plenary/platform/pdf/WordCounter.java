package org.plenary.platform.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Counts words the way a reader of the language would: ICU's word break rules for the locale (dictionary-based for
 * Chinese, which has no spaces between words), counting only segments whose status is a number, letter, kana or
 * ideograph word, so that spaces and punctuation (a dash, guillemets) are not words.
 */
public final class WordCounter {

    /** The method's name, as answers and events give it. */
    public static final String METHOD = "icu-word-break";

    private WordCounter() {}

    public static WordCount count(String text, Locale locale) {
        Locale language = locale == null ? Locale.ROOT : locale;
        if (text == null || text.isEmpty()) {
            return new WordCount(0, METHOD, language);
        }
        BreakIterator segments = BreakIterator.getWordInstance(ULocale.forLocale(language));
        segments.setText(text);
        int count = 0;
        for (int end = segments.next(); end != BreakIterator.DONE; end = segments.next()) {
            int status = segments.getRuleStatus();
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_IDEO_LIMIT) {
                count++;
            }
        }
        return new WordCount(count, METHOD, language);
    }
}
