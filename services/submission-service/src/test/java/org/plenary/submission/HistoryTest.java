package org.plenary.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.testing.Tokens;

/** A submission keeps every transition with who made it, when and why. */
@QuarkusTest
class HistoryTest extends ClockedTest {

    @Test
    void submittedReplacedPublishedAndWithdrawnAreKeptWithWhoWhenAndWhy() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String focalPoint = "focal-point@" + setup.organisation() + ".test";
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "v1.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        clock.set(Fixtures.JANUARY_10.plusSeconds(3600));
        as(Tokens.organisation(setup.organisation()))
                .multiPart("file", "v2.pdf", Fixtures.pdf(20), "application/pdf")
                .put("/submissions/{id}/file", id)
                .then()
                .statusCode(200);
        clock.set(Fixtures.JANUARY_10.plusSeconds(7200));
        as(Tokens.secretariat())
                .post("/submissions/{id}/publication", id)
                .then()
                .statusCode(200);
        clock.set(Fixtures.JANUARY_10.plusSeconds(10800));
        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Superseded by a joint statement"))
                .post("/submissions/{id}/withdrawal", id)
                .then()
                .statusCode(200);

        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/history", id)
                .then()
                .statusCode(200)
                .body("transition", contains("SUBMITTED", "REPLACED", "PUBLISHED", "WITHDRAWN"))
                .body("status", contains("SUBMITTED", "SUBMITTED", "PUBLISHED", "WITHDRAWN"))
                .body("fileVersion", contains(1, 2, 2, 2))
                .body("actor.role", contains("organisation", "organisation", "secretariat", "organisation"))
                .body("actor.subject", contains(focalPoint, focalPoint, "officer@secretariat.test", focalPoint))
                .body(
                        "at",
                        contains(
                                "2026-01-10T09:00:00Z",
                                "2026-01-10T10:00:00Z",
                                "2026-01-10T11:00:00Z",
                                "2026-01-10T12:00:00Z"))
                .body("[3].reason", equalTo("Superseded by a joint statement"));
    }

    @Test
    void aDeclineIsKeptWithItsReasonAndOnlyTheOrganisationAndTheSecretariatReadTheHistory() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "a.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Not on the agenda"))
                .post("/submissions/{id}/decline", id)
                .then()
                .statusCode(200);

        as(Tokens.secretariat())
                .get("/submissions/{id}/history", id)
                .then()
                .statusCode(200)
                .body("transition", contains("SUBMITTED", "DECLINED"))
                .body("[1].reason", equalTo("Not on the agenda"))
                .body("[1].actor.role", equalTo("secretariat"));
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/submissions/{id}/history", id)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        given().get("/submissions/{id}/history", id).then().statusCode(401);
    }
}
