package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.accreditation.application.service.ApplicationService;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.MovableClock;
import org.plenary.testing.OnVertx;
import org.plenary.testing.Tokens;

/** The streamlined procedure: review, the non-objection period, objections and the body's decision. */
@QuarkusTest
class NonObjectionTest {

    @Inject
    MovableClock clock;

    @Inject
    ApplicationService applications;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String clearedApplication(String body, Instant clearedAt) {
        clock.set(clearedAt);
        String id = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.secretariat(id, "clearance", null)
                .statusCode(200)
                .body("status", equalTo("NON_OBJECTION"))
                .body(
                        "nonObjectionEndsAt",
                        equalTo(clearedAt.plus(Duration.ofDays(30)).toString()));
        return id;
    }

    private void runPeriodEndJob() {
        OnVertx.await(() -> applications.accreditAfterNonObjection());
    }

    @Test
    void withoutObjectionTheApplicationIsAccreditedWhenThePeriodEndsAndNotASecondBefore() {
        String body = Fixtures.body();
        Instant cleared = Instant.parse("2025-10-01T08:00:00Z");
        String id = clearedApplication(body, cleared);
        Instant end = cleared.plus(Duration.ofDays(30));

        clock.set(end.minusSeconds(1));
        runPeriodEndJob();
        as(Tokens.secretariat()).get("/applications/{id}", id).then().body("status", equalTo("NON_OBJECTION"));

        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            clock.set(end);
            runPeriodEndJob();
            as(Tokens.secretariat())
                    .get("/applications/{id}", id)
                    .then()
                    .body("status", equalTo("ACCREDITED"))
                    .body("accreditedAt", equalTo(end.toString()));
            KafkaEvents.Event accredited = events.awaitType(AccreditationEvents.APPLICATION_ACCREDITED, id);
            assertThat(accredited.data().path("actor").path("role").asText()).isEqualTo("system");
            assertThat(EventSchemas.validate(accredited.body())).isEmpty();
        }
        given().get("/bodies/{body}/accredited-organisations", body).then().body("total", equalTo(1));
    }

    @Test
    void theScheduledJobEndsPeriodsByItself() {
        String id = clearedApplication(Fixtures.body(), Instant.parse("2025-09-01T08:00:00Z"));
        clock.set(Instant.parse("2025-10-01T08:00:01Z"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as(Tokens.secretariat())
                        .get("/applications/{id}", id)
                        .then()
                        .body("status", equalTo("ACCREDITED")));
    }

    @Test
    void anObjectionStopsAutomaticAccreditationAndTheSecretariatRecordsTheBodysDecision() {
        String body = Fixtures.body();
        Instant cleared = Instant.parse("2025-10-01T08:00:00Z");
        String id = clearedApplication(body, cleared);

        clock.set(cleared.plus(Duration.ofDays(10)));
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            Fixtures.object(id, "RU", "Not relevant to the Convention's mandate")
                    .statusCode(200)
                    .body("status", equalTo("OBJECTED"));
            KafkaEvents.Event objected = events.awaitType(AccreditationEvents.APPLICATION_OBJECTED, id);
            assertThat(objected.data().path("reason").asText()).isEqualTo("Not relevant to the Convention's mandate");
            assertThat(objected.rawValue()).doesNotContain("mission@ru");
            assertThat(EventSchemas.validate(objected.body())).isEmpty();
        }

        clock.set(cleared.plus(Duration.ofDays(31)));
        runPeriodEndJob();
        as(Tokens.secretariat()).get("/applications/{id}", id).then().body("status", equalTo("OBJECTED"));

        Fixtures.secretariat(id, "decision", Map.of("outcome", "REJECT", "reason", "Decision 1/2 of the body"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("Decision 1/2 of the body"));
        as(Tokens.secretariat())
                .get("/applications/{id}/history", id)
                .then()
                .body("action", contains("SUBMIT", "CLEAR", "OBJECT", "DECIDE_REJECT"));
    }

    @Test
    void theBodyMayAccreditDespiteAnObjection() {
        String id = clearedApplication(Fixtures.body(), Instant.parse("2025-10-01T08:00:00Z"));
        Fixtures.object(id, "CN", "Insufficient information").statusCode(200);
        Fixtures.secretariat(id, "decision", Map.of("outcome", "ACCREDIT", "reason", "Decided at the 3rd meeting"))
                .statusCode(200)
                .body("status", equalTo("ACCREDITED"))
                .body("accreditedAt", notNullValue());
    }

    @Test
    void anObjectionAtTheEndOfThePeriodIsRefusedButOneSecondBeforeIsTaken() {
        Instant cleared = Instant.parse("2025-10-01T08:00:00Z");
        Instant end = cleared.plus(Duration.ofDays(30));
        String late = clearedApplication(Fixtures.body(), cleared);
        clock.set(end);
        Fixtures.object(late, "IR", "Too late")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("non-objection-period-ended"))
                .body("nonObjectionEndsAt", equalTo(end.toString()));
        runPeriodEndJob();
        Fixtures.object(late, "IR", "Too late, after the accreditation")
                .statusCode(409)
                .body("rule", equalTo("non-objection-period-ended"));

        String inTime = clearedApplication(Fixtures.body(), cleared);
        clock.set(end.minusSeconds(1));
        Fixtures.object(inTime, "IR", "Just in time").statusCode(200).body("status", equalTo("OBJECTED"));
    }

    @Test
    void aStateObjectsOnceAndOnlyWhileTheApplicationIsOpenToObjection() {
        String body = Fixtures.body();
        String id = clearedApplication(body, Instant.parse("2025-10-01T08:00:00Z"));
        clock.set(Instant.parse("2025-10-02T08:00:00Z"));
        Fixtures.object(id, "BY", "First").statusCode(200);
        Fixtures.object(id, "BY", "Again").statusCode(409).body("rule", equalTo("already-objected"));
        Fixtures.object(id, "SY", "Another state").statusCode(200).body("objections.size()", equalTo(1));
    }

    @Test
    void anObjectionOutsideTheNonObjectionPeriodIsRefusedWithoutTheApplicationsStatus() {
        String body = Fixtures.body();
        String notCleared = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.object(notCleared, "BY", "Early")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-open-for-objection"))
                .body("currentStatus", nullValue())
                .body(not(containsString("SUBMITTED")));

        String org = Fixtures.newOrganisationId();
        String withdrawn = Fixtures.applied(org, body);
        Fixtures.secretariat(withdrawn, "clearance", null).statusCode(200);
        as(Tokens.organisation(org))
                .contentType("application/json")
                .post("/applications/{id}/withdrawal", withdrawn)
                .then()
                .statusCode(200);
        Fixtures.object(withdrawn, "BY", "After the withdrawal")
                .statusCode(409)
                .body("rule", equalTo("not-open-for-objection"))
                .body(not(containsString("WITHDRAWN")));
    }

    @Test
    void theOrganisationLearnsOfTheObjectionAndWhyButNotWhichStateByDefault() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body();
        clock.set(Instant.parse("2025-10-01T08:00:00Z"));
        String id = Fixtures.applied(org, body);
        Fixtures.secretariat(id, "clearance", null).statusCode(200);
        Fixtures.object(id, "RU", "Mandate").statusCode(200);

        as(Tokens.organisation(org))
                .get("/applications/{id}", id)
                .then()
                .statusCode(200)
                .body("objections[0].reason", equalTo("Mandate"))
                .body("objections[0].state", nullValue());
        as(Tokens.organisation(org))
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .body("find { it.action == 'OBJECT' }.reason", equalTo("Mandate"))
                .body("find { it.action == 'OBJECT' }.actor", nullValue());
        as(Tokens.secretariat()).get("/applications/{id}", id).then().body("objections[0].state", equalTo("RU"));
    }

    @Test
    void aBodyMayDiscloseTheObjectingStateOrNothingButTheFact() {
        String open = Fixtures.body(null, null, "STATE_AND_REASON");
        String closed = Fixtures.body(null, null, "NONE");
        for (String body : new String[] {open, closed}) {
            String org = Fixtures.newOrganisationId();
            clock.set(Instant.parse("2025-10-01T08:00:00Z"));
            String id = Fixtures.applied(org, body);
            Fixtures.secretariat(id, "clearance", null).statusCode(200);
            Fixtures.object(id, "RU", "Mandate").statusCode(200);
            var read = as(Tokens.organisation(org))
                    .get("/applications/{id}", id)
                    .then()
                    .body("objections.size()", equalTo(1));
            if (body.equals(open)) {
                read.body("objections[0].state", equalTo("RU")).body("objections[0].reason", equalTo("Mandate"));
            } else {
                read.body("objections[0].state", nullValue()).body("objections[0].reason", nullValue());
            }
        }
    }

    @Test
    void theNonObjectionListShowsStatesWhatTheyMayObjectTo() {
        String body = Fixtures.body();
        String inPeriod = clearedApplication(body, Instant.parse("2025-10-01T08:00:00Z"));
        String notCleared = Fixtures.applied(Fixtures.newOrganisationId(), body);
        clock.set(Instant.parse("2025-10-05T08:00:00Z"));
        as(Tokens.state("FR"))
                .get("/bodies/{b}/non-objection", body)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(inPeriod))
                .body("items.id", not(hasItem(notCleared)));
        as(Tokens.state("FR"))
                .get("/applications/{id}", notCleared)
                .then()
                .statusCode(403)
                .body("rule", equalTo("state-reads-non-objection-only"));
        given().get("/bodies/{b}/non-objection", body).then().statusCode(401);
    }

    @Test
    void theSecretariatMayAskForInformationBeforeClearing() {
        String org = Fixtures.newOrganisationId();
        String id = Fixtures.applied(org, Fixtures.body());
        Fixtures.secretariat(id, "information-request", Map.of("reason", "Please send your statutes"))
                .statusCode(200)
                .body("status", equalTo("INFORMATION_REQUESTED"));
        Fixtures.secretariat(id, "clearance", null).statusCode(409).body("rule", equalTo("transition-not-allowed"));
        as(Tokens.organisation(org))
                .contentType("application/json")
                .body(Map.of("reason", "Statutes at https://example.org/statutes"))
                .post("/applications/{id}/information", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Fixtures.secretariat(id, "clearance", null).statusCode(200).body("status", equalTo("NON_OBJECTION"));
    }

    @Test
    void theNonObjectionPeriodIsTheBodys() {
        String body = Fixtures.body(null, 14, null);
        Instant cleared = Instant.parse("2025-10-01T08:00:00Z");
        clock.set(cleared);
        String id = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.secretariat(id, "clearance", null)
                .statusCode(200)
                .body(
                        "nonObjectionEndsAt",
                        equalTo(cleared.plus(Duration.ofDays(14)).toString()));
    }
}
