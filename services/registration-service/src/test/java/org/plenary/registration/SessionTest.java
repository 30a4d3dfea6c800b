package org.plenary.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

@QuarkusTest
class SessionTest {

    @Test
    void theSecretariatCreatesTheViennaSessionAndEveryoneMayReadItWithItsDeadlinesInVenueTime() {
        String body = Fixtures.newBodyId();
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.SESSIONS_TOPIC)) {
            String id = Fixtures.createSession(Fixtures.vienna(body));
            given().get("/sessions/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("registrationDeadline", equalTo("2026-01-22T17:00:00Z"))
                    .body("registrationDeadlineVenue", equalTo("2026-01-22T18:00+01:00"))
                    .body("registrationOpensAt", equalTo("2025-11-30T23:00:00Z"))
                    .body("submissionDeadline", equalTo("2026-01-19T22:59:59Z"))
                    .body("meetingParts.name", hasItems("Plenary", "Informal consultations"));
            KafkaEvents.Event created = events.awaitType(RegistrationEvents.SESSION_CREATED, id);
            assertThat(created.key()).isEqualTo(id);
            assertThat(EventSchemas.validate(created.body())).isEmpty();
            assertThat(created.data().path("submissionWordLimit").asInt()).isEqualTo(2000);

            Map<String, Object> changed = Fixtures.vienna(body);
            changed.put("delegateQuota", 2);
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(changed)
                    .put("/sessions/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("delegateQuota", equalTo(2));
            KafkaEvents.Event updated = events.awaitType(RegistrationEvents.SESSION_UPDATED, id);
            assertThat(updated.data().path("delegateQuota").asInt()).isEqualTo(2);
            assertThat(EventSchemas.validate(updated.body())).isEmpty();
        }
        given().queryParam("bodyId", body)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aSessionSaysWhetherScannedSubmissionsAreAcceptedInItsViewAndEvents() {
        Map<String, Object> vienna = Fixtures.vienna(Fixtures.newBodyId());
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.SESSIONS_TOPIC)) {
            String strict = Fixtures.createSession(vienna);
            given().get("/sessions/{id}", strict).then().body("submissionScansAllowed", equalTo(false));
            vienna.put("submissionScansAllowed", true);
            String lenient = Fixtures.createSession(vienna);
            given().get("/sessions/{id}", lenient).then().body("submissionScansAllowed", equalTo(true));
            KafkaEvents.Event created = events.awaitType(RegistrationEvents.SESSION_CREATED, lenient);
            assertThat(EventSchemas.validate(created.body())).isEmpty();
            assertThat(created.data().path("submissionScansAllowed").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void aVenueTimeZoneIsARegionNeverAFixedOffset() {
        for (String offset : new String[] {"+01:00", "UTC+01:00", "GMT+1", "Etc/GMT-1", "CET"}) {
            Map<String, Object> fixed = Fixtures.vienna(Fixtures.newBodyId());
            fixed.put("timeZone", offset);
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(fixed)
                    .post("/sessions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("timeZone"));
        }
        Map<String, Object> region = Fixtures.vienna(Fixtures.newBodyId());
        region.put("timeZone", "America/New_York");
        Fixtures.createSession(region);
    }

    @Test
    void aPageFarBeyondTheEndIsABadRequestNamingThePageNeverAnError() {
        given().queryParam("page", 21474837)
                .queryParam("size", 100)
                .get("/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
        as(Tokens.secretariat())
                .queryParam("page", 21474837)
                .queryParam("size", 100)
                .get("/registrations")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("page"));
        as(Tokens.secretariat())
                .queryParam("page", 1_000_000)
                .queryParam("size", 100)
                .get("/registrations")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void anInvalidSessionNamesTheFieldAndOnlyTheSecretariatDefinesSessions() {
        Map<String, Object> bad = Fixtures.vienna(Fixtures.newBodyId());
        bad.put("timeZone", "Vienna");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(bad)
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("timeZone"));
        Map<String, Object> backwards = Fixtures.vienna(Fixtures.newBodyId());
        backwards.put("endDate", "2026-01-20");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(backwards)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("endDate"));
        Map<String, Object> badDeadline = Fixtures.vienna(Fixtures.newBodyId());
        badDeadline.put("registrationDeadline", "22 January");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(badDeadline)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("registrationDeadline"));
        as(Tokens.organisation("org-x"))
                .contentType(ContentType.JSON)
                .body(Fixtures.vienna(Fixtures.newBodyId()))
                .post("/sessions")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Fixtures.vienna(Fixtures.newBodyId()))
                .post("/sessions")
                .then()
                .statusCode(401);
    }
}
