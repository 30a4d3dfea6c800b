package org.plenary.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.platform.problem.RuleViolation;

class PdfInspectorTest {

    private static final PdfLimits TEN_KB = PdfLimits.ofSize(10_240);
    private static final PdfInspector INSPECTOR = new PdfInspector(PdfBounds.defaults());

    @Test
    void aPdfIsReadForItsPagesTextAndWordsAndItsChecksum() {
        byte[] pdf = Pdfs.withPages("Rule 17 participation", "of observers");

        PdfInspection inspection = INSPECTOR.inspect(pdf, TEN_KB);

        assertThat(inspection.accepted()).isTrue();
        assertThat(inspection.pageCount()).isEqualTo(2);
        assertThat(inspection.text()).contains("Rule 17 participation").contains("of observers");
        assertThat(inspection.words().count()).isEqualTo(5);
        assertThat(inspection.sizeBytes()).isEqualTo(pdf.length);
        assertThat(inspection.sha256()).isEqualTo(PdfInspector.sha256(pdf)).hasSize(64);
    }

    @Test
    void aFileOnDiskIsInspectedLikeItsBytes(@TempDir Path dir) throws Exception {
        byte[] pdf = Pdfs.withPages("one two three");
        Path file = Files.write(dir.resolve("statement.pdf"), pdf);

        PdfInspection fromFile = INSPECTOR.inspect(file, TEN_KB);

        assertThat(fromFile.words().count()).isEqualTo(3);
        assertThat(fromFile.sha256()).isEqualTo(PdfInspector.sha256(pdf));
        assertThat(fromFile.pageCount()).isEqualTo(1);
    }

    @Test
    void theContentNotTheNameSaysWhatAFileIs() {
        PdfInspection html = INSPECTOR.inspect("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), TEN_KB);
        assertThat(html.refusal()).contains(PdfRefusal.WRONG_TYPE);
        assertThatThrownBy(html::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo("wrong-type");
            assertThat(e.status()).isEqualTo(415);
        });
    }

    @Test
    void anEmptyFileAFileOverTheLimitAndABrokenPdfAreRefusedByRule() {
        assertThat(INSPECTOR.inspect(new byte[0], TEN_KB).refusal()).contains(PdfRefusal.EMPTY_FILE);

        byte[] oneOver = Arrays.copyOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 10_241);
        PdfInspection tooLarge = INSPECTOR.inspect(oneOver, TEN_KB);
        assertThat(tooLarge.refusal()).contains(PdfRefusal.FILE_TOO_LARGE);
        assertThatThrownBy(tooLarge::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.facts()).containsEntry("limitBytes", 10_240L);
        });

        byte[] atTheLimit = Arrays.copyOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 10_240);
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, atTheLimit, 10_240 - 5, 5);
        assertThat(INSPECTOR.inspect(atTheLimit, TEN_KB).refusal()).contains(PdfRefusal.UNREADABLE_PDF);

        byte[] cutShort = Arrays.copyOf(Pdfs.withPages("cut short"), 500);
        PdfInspection truncated = INSPECTOR.inspect(cutShort, TEN_KB);
        assertThat(truncated.refusal()).contains(PdfRefusal.TRUNCATED_PDF);
        assertThatThrownBy(truncated::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.getMessage()).contains("%%EOF").contains("cut short");
        });
    }

    @Test
    void aWordLimitRefusesOneWordMoreAndAcceptsItsOwnNumber() {
        byte[] pdf = Pdfs.withPages("one two three four");

        assertThat(INSPECTOR.inspect(pdf, TEN_KB.withMaxWords(4)).accepted()).isTrue();
        PdfInspection over = INSPECTOR.inspect(pdf, TEN_KB.withMaxWords(3));
        assertThat(over.refusal()).contains(PdfRefusal.TOO_MANY_WORDS);
        assertThatThrownBy(over::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo("too-many-words");
            assertThat(e.facts()).containsEntry("wordCount", 4).containsEntry("wordLimit", 3);
        });
    }

    @Test
    void aPdfWithoutTextIsRefusedWhereATextLayerIsRequiredAndAcceptedWithNoWordsWhereNot() {
        byte[] scan = Pdfs.withPages("", "");

        PdfInspection required =
                INSPECTOR.inspect(scan, TEN_KB.withTextLayerRequired(true).withMaxWords(2000));
        assertThat(required.refusal()).contains(PdfRefusal.NO_TEXT_LAYER);
        assertThat(required.hasTextLayer()).isFalse();
        assertThatThrownBy(required::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo("no-text-layer");
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.facts()).containsEntry("pageCount", 2);
        });

        PdfInspection allowed = INSPECTOR.inspect(scan, TEN_KB.withMaxWords(2000));
        assertThat(allowed.accepted()).isTrue();
        assertThat(allowed.words().count()).isZero();
        assertThat(allowed.pageCount()).isEqualTo(2);

        assertThat(INSPECTOR
                        .inspect(Pdfs.withPages("text"), TEN_KB.withTextLayerRequired(true))
                        .accepted())
                .isTrue();
    }

    /** Needs DejaVu Sans (Debian's fonts-dejavu-core) for the Cyrillic and Arabic glyphs. */
    @Test
    void russianArabicAndFrenchTextPdfsAreCountedInTheirLanguage() {
        PdfLimits limits = PdfLimits.ofSize(1_000_000);
        assertThat(Files.isRegularFile(Pdfs.DEJAVU_SANS))
                .as("this test needs the font " + Pdfs.DEJAVU_SANS)
                .isTrue();

        PdfInspection russian = INSPECTOR.inspect(
                Pdfs.withText(Pdfs.DEJAVU_SANS, "Конвенция Организации Объединённых Наций — против киберпреступности"),
                limits.withLocale(new Locale("ru")));
        assertThat(russian.words().count()).isEqualTo(6);
        assertThat(russian.words().locale()).isEqualTo(new Locale("ru"));

        PdfInspection french = INSPECTOR.inspect(
                Pdfs.withText(Pdfs.DEJAVU_SANS, "Article 57 — participation « des observateurs » aujourd'hui"),
                limits.withLocale(Locale.FRENCH));
        assertThat(french.words().count()).isEqualTo(6);

        PdfInspection arabic = INSPECTOR.inspect(
                Pdfs.withText(Pdfs.DEJAVU_SANS, "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية"),
                limits.withLocale(new Locale("ar")));
        assertThat(arabic.words().count()).isEqualTo(6);
        assertThat(arabic.words().method()).isEqualTo("icu-word-break");
    }
}
