package org.plenary.submission;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;

/** Words counted by ICU's segmentation in the submission's language, and scans refused unless the session allows. */
@QuarkusTest
class WordCountTest extends ClockedTest {

    /** Six words: the dash and the guillemets are not words, the elision is one. */
    private static final String FRENCH = "Article 57 — participation « des observateurs » aujourd'hui";

    @Test
    void wordsAreCountedInTheSubmissionsLanguageAndTheAnswerSaysHow() {
        Setup setup = Fixtures.eligible(clock, 2000, Fixtures.DEADLINE, false);

        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdfWithText(FRENCH), "fr.pdf", "fr")
                .statusCode(201)
                .body("file.wordCount", equalTo(6))
                .body("file.wordCountMethod", equalTo("icu-word-break"))
                .body("file.wordCountLocale", equalTo("fr"))
                .body("file.textLayer", equalTo(true));
    }

    @Test
    void theWordLimitCountsWordsNotPunctuation() {
        Setup setup = Fixtures.eligible(clock, 6, Fixtures.DEADLINE, false);

        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdfWithText(FRENCH), "fits.pdf", "fr")
                .statusCode(201);
        Fixtures.submit(
                        setup.organisation(),
                        setup.session(),
                        Fixtures.pdfWithText(FRENCH + " encore"),
                        "long.pdf",
                        "fr")
                .statusCode(422)
                .body("rule", equalTo("too-many-words"))
                .body("wordCount", equalTo(7));
    }

    @Test
    void aScanIsRefusedAsHavingNoTextLayer() {
        Setup setup = Fixtures.eligible(clock, 2000, Fixtures.DEADLINE, false);

        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.scan(), "scan.pdf")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("no-text-layer"));
    }

    @Test
    void aSessionThatAllowsScansAcceptsOneWithNoWords() {
        Setup setup = Fixtures.eligible(clock, 2000, Fixtures.DEADLINE, true);

        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.scan(), "scan.pdf")
                .statusCode(201)
                .body("file.wordCount", equalTo(0))
                .body("file.textLayer", equalTo(false));
    }
}
