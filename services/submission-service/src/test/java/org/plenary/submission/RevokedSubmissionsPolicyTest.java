package org.plenary.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.submission.session.BodyPolicyCopy;
import org.plenary.testing.Tokens;

/** The body's policy decides whether a revoked organisation's published submissions stay public. */
@QuarkusTest
class RevokedSubmissionsPolicyTest extends ClockedTest {

    private static String published(Setup setup) {
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
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.organisationAccredited", equalTo(true));
        return id;
    }

    @Test
    void underWithdrawARevokedOrganisationsPublishedSubmissionsLeavePublicViewButNotTheSecretariats() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        Fixtures.bodyPolicy(setup.body(), "defined", BodyPolicyCopy.WITHDRAW);
        Fixtures.awaitPolicy(setup.body(), BodyPolicyCopy.WITHDRAW);
        String id = published(setup);
        // Accredited still: the policy changes nothing yet.
        given().get("/submissions/published/{id}/file", id).then().statusCode(200);

        Fixtures.accreditation(setup.organisation(), setup.body(), "REVOKED");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/sessions/{id}/published-submissions", setup.session())
                        .then()
                        .statusCode(200)
                        .body("items.id", not(hasItem(id))));
        given().get("/sessions/{id}/published-submissions", setup.session())
                .then()
                .body("total", equalTo(0));
        given().get("/submissions/published/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-found"));
        given().get("/submissions/published/{id}/file", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-found"));

        as(Tokens.secretariat())
                .get("/submissions/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("organisationAccredited", equalTo(false));
        as(Tokens.secretariat())
                .get("/submissions?sessionId={session}", setup.session())
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.secretariat()).get("/submissions/{id}/file", id).then().statusCode(200);

        // The body changes its policy back: the submission is public again, marked.
        Fixtures.bodyPolicy(setup.body(), "updated", BodyPolicyCopy.KEEP_MARKED);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/submissions/published/{id}", id)
                        .then()
                        .statusCode(200)
                        .body("organisationAccredited", equalTo(false)));
    }

    @Test
    void underKeepMarkedARevokedOrganisationsPublishedSubmissionsStayPublicMarked() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        Fixtures.bodyPolicy(setup.body(), "defined", BodyPolicyCopy.KEEP_MARKED);
        Fixtures.awaitPolicy(setup.body(), BodyPolicyCopy.KEEP_MARKED);
        String id = published(setup);

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

    @Test
    void aSuspendedOrganisationsPublishedSubmissionsStayPublicEvenUnderWithdraw() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        Fixtures.bodyPolicy(setup.body(), "defined", BodyPolicyCopy.WITHDRAW);
        Fixtures.awaitPolicy(setup.body(), BodyPolicyCopy.WITHDRAW);
        String id = published(setup);

        Fixtures.accreditation(setup.organisation(), setup.body(), "suspended", "SUSPENDED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), "during.pdf")
                                .statusCode(403)
                                .body("rule", equalTo("organisation-suspended")));
        given().get("/submissions/published/{id}", id)
                .then()
                .statusCode(200)
                .body("organisationAccredited", equalTo(true));
        given().get("/sessions/{id}/published-submissions", setup.session())
                .then()
                .body("items.id", hasItem(id));
    }
}
