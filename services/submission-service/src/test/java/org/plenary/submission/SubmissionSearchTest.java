package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** {@code GET /submissions?q=}: the title or the organisation's identifier, in any case, an organisation its own. */
@QuarkusTest
class SubmissionSearchTest extends ClockedTest {

    private static ValidatableResponse submit(String organisation, String session, String title) {
        return as(Tokens.organisation(organisation))
                .multiPart("title", title)
                .multiPart("agendaItem", "Rules of procedure of the Conference")
                .multiPart("language", "en")
                .multiPart("file", "contribution.pdf", Fixtures.pdf(20), "application/pdf")
                .post("/sessions/{id}/submissions", session)
                .then();
    }

    private static List<String> found(String token, String session, String q) {
        return as(token)
                .queryParam("sessionId", session)
                .queryParam("q", q)
                .get("/submissions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.title");
    }

    @Test
    void theSecretariatFindsASubmissionByTitleOrOrganisationAndAnOrganisationOnlyAmongItsOwn() {
        Fixtures.Setup setup = Fixtures.eligible(clock, null, null, false);
        String other = Fixtures.newOrganisationId();
        Fixtures.accreditation(other, setup.body(), "ACCREDITED");
        submit(setup.organisation(), setup.session(), "On Article 57 and its 100% reading")
                .statusCode(201);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> submit(other, setup.session(), "Human rights safeguards")
                        .statusCode(201));
        String secretariat = Tokens.secretariat();

        assertThat(found(secretariat, setup.session(), "ARTICLE 57"))
                .containsExactly("On Article 57 and its 100% reading");
        assertThat(found(secretariat, setup.session(), other)).containsExactly("Human rights safeguards");
        assertThat(found(secretariat, setup.session(), "%")).containsExactly("On Article 57 and its 100% reading");
        // The probe filed by the set-up, and the two above.
        assertThat(found(secretariat, setup.session(), " ")).hasSize(3);
        assertThat(found(Tokens.organisation(other), setup.session(), "article"))
                .isEmpty();

        as(secretariat)
                .queryParam("q", "x".repeat(201))
                .get("/submissions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
    }
}
