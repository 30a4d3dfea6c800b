package org.plenary.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.testing.HostileFiles;
import org.plenary.testing.HostileFiles.HostileFile;

/**
 * Each hostile file is refused with its rule, in bounded time (printed), by the inspector with its default bounds;
 * ten at once queue on its two threads.
 */
class HostileFilesTest {

    private static final long LIMIT = 10L << 20;
    private static final PdfLimits LIMITS = PdfLimits.ofSize(LIMIT).withMaxWords(2000);
    private static final PdfInspector INSPECTOR = new PdfInspector(PdfBounds.defaults());

    static List<HostileFile> files() {
        return HostileFiles.all(LIMIT);
    }

    @AfterAll
    static void stop() {
        INSPECTOR.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachHostileFileIsRefusedWithItsRule(HostileFile file, @TempDir Path dir) throws Exception {
        Path onDisk = Files.write(dir.resolve(file.name()), file.bytes());
        long started = System.nanoTime();

        PdfInspection inspection = INSPECTOR.inspect(onDisk, LIMITS);

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "[hostile file] %-20s %,11d bytes  %-16s %,6d ms%n",
                file.name(),
                file.bytes().length,
                inspection.refusal().map(PdfRefusal::rule).orElse("accepted"),
                millis);
        assertThat(inspection.refusal()).map(PdfRefusal::rule).contains(file.rule());
        assertThatThrownBy(inspection::requireAccepted).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(file.rule());
            assertThat(e.status()).isEqualTo(file.status());
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("org.apache");
        });
    }

    @Test
    void theBombIsRefusedForWhatItInflatesToNotForItsSize() {
        byte[] bomb = HostileFiles.decompressionBomb();
        assertThat(bomb.length).isLessThan(4 << 20);

        PdfInspection inspection = INSPECTOR.inspect(bomb, LIMITS);

        assertThat(inspection.refusal()).contains(PdfRefusal.PDF_TOO_COMPLEX);
        assertThatThrownBy(inspection::requireAccepted)
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.facts())
                                .containsEntry(
                                        "streamLimitBytes", PdfBounds.defaults().maxStreamBytes()));
    }

    @Test
    void aPageCountUnderTheLimitIsReadAndOneOverIsRefused() {
        PdfInspector tenPages = new PdfInspector(PdfBounds.defaults().withMaxPages(10));
        try (tenPages) {
            assertThat(tenPages.inspect(HostileFiles.pages(10), LIMITS).pageCount())
                    .isEqualTo(10);
            PdfInspection eleven = tenPages.inspect(HostileFiles.pages(11), LIMITS);
            assertThat(eleven.refusal()).contains(PdfRefusal.TOO_MANY_PAGES);
            assertThatThrownBy(eleven::requireAccepted)
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.facts()).containsEntry("pageLimit", 10));
        }
    }

    @Test
    void aFileThatTakesLongerThanTheTimeoutIsRefused() {
        PdfInspector hurried =
                new PdfInspector(PdfBounds.defaults().withMaxPages(1_000_000).withTimeout(Duration.ofMillis(50)));
        try (hurried) {
            PdfInspection inspection = hurried.inspect(HostileFiles.pages(100_000), LIMITS);

            assertThat(inspection.refusal()).contains(PdfRefusal.INSPECTION_TIMED_OUT);
            assertThatThrownBy(inspection::requireAccepted)
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.facts()).containsEntry("timeoutMillis", 50L));
        }
    }

    @Test
    void tenHostileFilesAtOnceAreEachRefusedAndAGoodOneIsStillRead() throws Exception {
        List<HostileFile> files = files();
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try {
            long started = System.nanoTime();
            List<Future<PdfInspection>> answers = files.stream()
                    .map(f -> callers.submit(() -> INSPECTOR.inspect(f.bytes(), LIMITS)))
                    .toList();
            for (int i = 0; i < files.size(); i++) {
                assertThat(answers.get(i).get().refusal())
                        .as(files.get(i).name())
                        .map(PdfRefusal::rule)
                        .contains(files.get(i).rule());
            }
            System.out.printf(
                    "[hostile file] %d at once: all refused in %,d ms%n",
                    files.size(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            callers.shutdownNow();
        }

        PdfInspection good = INSPECTOR.inspect(HostileFiles.withText("Rule 17 participation"), LIMITS);
        assertThat(good.accepted()).isTrue();
        assertThat(good.words().count()).isEqualTo(3);
    }
}
