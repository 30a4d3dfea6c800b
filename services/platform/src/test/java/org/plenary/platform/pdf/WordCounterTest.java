package org.plenary.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Words counted in the UN languages by ICU's word segmentation, not by splitting on spaces. */
class WordCounterTest {

    @Test
    void chineseWithoutSpacesIsSegmentedIntoWordsByTheDictionary() {
        // "The United Nations Convention against Cybercrime": no spaces, one "word" for a whitespace count.
        WordCount words = WordCounter.count("联合国打击网络犯罪公约", Locale.CHINESE);

        assertThat(words.count()).isBetween(4, 8);
        assertThat(words.method()).isEqualTo("icu-word-break");
        assertThat(words.locale()).isEqualTo(Locale.CHINESE);
    }

    @Test
    void aLongChineseTextCountsFarMoreThanItsSpaces() {
        String sentence = "联合国大会通过了打击网络犯罪公约。";
        WordCount words = WordCounter.count(sentence.repeat(100), Locale.CHINESE);

        assertThat(words.count()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void arabicWordsAreCountedAndPunctuationIsNot() {
        WordCount words =
                WordCounter.count("اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية — المادة ٥٧.", new Locale("ar"));

        assertThat(words.count()).isEqualTo(8);
    }

    @Test
    void russianWordsAreCountedAndADashIsNot() {
        WordCount words = WordCounter.count(
                "Конвенция Организации Объединённых Наций — против киберпреступности", new Locale("ru"));

        assertThat(words.count()).isEqualTo(6);
    }

    @Test
    void frenchElisionsAreOneWordAndGuillemetsAndDashesAreNone() {
        WordCount words =
                WordCounter.count("Article 57 — participation « des observateurs » aujourd'hui", Locale.FRENCH);

        assertThat(words.count()).isEqualTo(6);
    }

    @Test
    void emptyTextAndPunctuationAloneHaveNoWords() {
        assertThat(WordCounter.count("", Locale.ENGLISH).count()).isZero();
        assertThat(WordCounter.count(null, Locale.ENGLISH).count()).isZero();
        assertThat(WordCounter.count(" — … « » ", Locale.ENGLISH).count()).isZero();
    }
}
