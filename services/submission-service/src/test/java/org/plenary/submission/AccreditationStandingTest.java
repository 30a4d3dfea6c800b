package org.plenary.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.testing.Tokens;

/** What a suspension, a reinstatement and a revocation of the organisation's accreditation do to its submissions. */
@QuarkusTest
class AccreditationStandingTest extends ClockedTest {

    @Test
    void aSubmissionNamesItsOrganisationAsItAppliedToTheBody() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "named.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat())
                .queryParam("sessionId", setup.session())
                .get("/submissions")
                .then()
                .statusCode(200)
                .body("items.organisationName", everyItem(equalTo("ARTICLE 19")))
                .body("items.id", hasItem(id));
        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}", id)
                .then()
                .statusCode(200)
                .body("organisationName", equalTo("ARTICLE 19"));
        as(Tokens.secretariat())
                .get("/submissions/{id}", id)
                .then()
                .body("organisationName", equalTo("ARTICLE 19"))
                .body("organisationAccredited", equalTo(true));
    }

    @Test
    void aSuspendedOrganisationMayNotSubmitKeepsWhatItHasAndMaySubmitAgainOnceReinstated() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String kept = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "kept.pdf")
                .statusCode(201)
                .extract()
                .path("id");

        Fixtures.accreditation(setup.organisation(), setup.body(), "suspended", "SUSPENDED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), "during.pdf")
                                .statusCode(403)
                                .contentType("application/problem+json")
                                .body("rule", equalTo("organisation-suspended")));
        as(Tokens.organisation(setup.organisation()))
                .multiPart("file", "replacement.pdf", Fixtures.pdf(12), "application/pdf")
                .put("/submissions/{id}/file", kept)
                .then()
                .statusCode(403)
                .body("rule", equalTo("organisation-suspended"));
        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}", kept)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("file.fileName", equalTo("kept.pdf"));

        Fixtures.accreditation(setup.organisation(), setup.body(), "reinstated", "ACCREDITED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), "after.pdf")
                                .statusCode(201));
    }

    @Test
    void aRevokedOrganisationsPublishedSubmissionStaysPublicMarkedAsNoLongerAccredited() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "statement.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat())
                .post("/submissions/{id}/publication", id)
                .then()
                .statusCode(200);
        given().get("/sessions/{id}/published-submissions", setup.session())
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.organisationAccredited", equalTo(true));

        Fixtures.accreditation(setup.organisation(), setup.body(), "REVOKED");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/sessions/{id}/published-submissions", setup.session())
                        .then()
                        .statusCode(200)
                        .body("items.find { it.id == '" + id + "' }.status", equalTo("PUBLISHED"))
                        .body("items.find { it.id == '" + id + "' }.organisationAccredited", equalTo(false)));
        given().get("/submissions/published/{id}", id)
                .then()
                .statusCode(200)
                .body("organisationAccredited", equalTo(false));
        given().get("/submissions/published/{id}/file", id).then().statusCode(200);
    }
}
