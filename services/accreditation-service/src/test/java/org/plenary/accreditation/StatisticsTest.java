package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** The public figures of a body's procedure, checked against the applications the test makes. */
@QuarkusTest
class StatisticsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(int days) {
        clock.set(T0.plus(Duration.ofDays(days)));
    }

    private String applied(String body) {
        at(0);
        return Fixtures.applied(Fixtures.newOrganisationId(), body);
    }

    private String cleared(String body) {
        String id = applied(body);
        Fixtures.secretariat(id, "clearance", null).statusCode(200);
        return id;
    }

    private void rejectedAfter(String body, int days) {
        String id = applied(body);
        at(days);
        Fixtures.secretariat(id, "rejection", Map.of("reason", "Out of scope")).statusCode(200);
    }

    /**
     * Seven applications: rejected after 2 and 4 days, accredited despite two objections after 5 days (then
     * suspended), rejected by the body after an objection after 9 days, one objected and undecided, one withdrawn,
     * one waiting for review.
     */
    private void procedure(String body) {
        rejectedAfter(body, 2);
        rejectedAfter(body, 4);

        String accredited = cleared(body);
        at(3);
        Fixtures.object(accredited, "RU", "Mandate").statusCode(200);
        Fixtures.object(accredited, "BY", "Funding").statusCode(200);
        at(5);
        Fixtures.secretariat(accredited, "decision", Map.of("outcome", "ACCREDIT", "reason", "Decision 1/1"))
                .statusCode(200);
        at(20);
        Fixtures.secretariat(accredited, "suspension", Map.of("reason", "Under review"))
                .statusCode(200);

        String decidedReject = cleared(body);
        at(6);
        Fixtures.object(decidedReject, "RU", "Security").statusCode(200);
        at(9);
        Fixtures.secretariat(decidedReject, "decision", Map.of("outcome", "REJECT", "reason", "Decision 1/2"))
                .statusCode(200);

        String objected = cleared(body);
        at(1);
        Fixtures.object(objected, "XA", "Scope").statusCode(200);

        at(0);
        String org = Fixtures.newOrganisationId();
        String withdrawn = Fixtures.applied(org, body);
        at(1);
        as(Tokens.organisation(org))
                .contentType("application/json")
                .post("/applications/{id}/withdrawal", withdrawn)
                .then()
                .statusCode(200);

        applied(body);
    }

    private static ValidatableResponse statistics(String body) {
        return given().get("/bodies/{b}/statistics", body)
                .then()
                .statusCode(200)
                .body("bodyId", equalTo(body))
                .body("applications.received", equalTo(7))
                .body("applications.accredited", equalTo(1))
                .body("applications.rejected", equalTo(3))
                .body("applications.withdrawn", equalTo(1))
                .body("applications.pending", equalTo(2))
                .body("applications.objected", equalTo(3))
                .body("objections", equalTo(4))
                .body("medianDaysToDecision", equalTo(4.5f))
                .body(not(containsString("focal.point@example.org")))
                .body(not(containsString("Access Now")));
    }

    @Test
    void theFiguresAreTheProceduresAndTheReasonsAreDisclosedWithoutTheStatesByDefault() {
        String body = Fixtures.body(null, null, "REASON_ONLY");
        procedure(body);
        statistics(body)
                .body("objectionDisclosure", equalTo("REASON_ONLY"))
                .body("objectionsDisclosed.reason", containsInAnyOrder("Mandate", "Funding", "Security", "Scope"))
                .body("objectionsDisclosed.state", everyItem(nullValue()))
                .body("objectionsDisclosed[0]", org.hamcrest.Matchers.hasKey("state"));
    }

    @Test
    void aBodyThatDisclosesTheStatesNamesThem() {
        String body = Fixtures.body(null, null, "STATE_AND_REASON");
        procedure(body);
        statistics(body)
                .body("objectionsDisclosed.state", containsInAnyOrder("RU", "BY", "RU", "XA"))
                .body("objectionsDisclosed.find { it.reason == 'Scope' }.state", equalTo("XA"));
    }

    @Test
    void underNoneTheStatesAndReasonsAreHidden() {
        String body = Fixtures.body(null, null, "NONE");
        procedure(body);
        statistics(body)
                .body("objectionsDisclosed", empty())
                .body(not(containsString("Mandate")))
                .body(not(containsString("\"RU\"")));
    }

    @Test
    void aBodyWithoutDecisionsHasNoMedianAndAnUnknownBodyIsNotFound() {
        String body = Fixtures.body();
        applied(body);
        given().get("/bodies/{b}/statistics", body)
                .then()
                .statusCode(200)
                .body("applications.received", equalTo(1))
                .body("applications.pending", equalTo(1))
                .body("medianDaysToDecision", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("medianDaysToDecision"))
                .body("objectionsDisclosed", empty());
        given().get("/bodies/{b}/statistics", "no-such-body")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
