package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.SideEventEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** The secretariat sets up the session's rooms and slots; anyone may read them. */
@QuarkusTest
class VenueTest {

    @Test
    void roomsHaveANameUniqueInTheSessionACapacityAndEquipment() {
        UUID session = Fixtures.session();
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.VENUE_TOPIC)) {
            var created = as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            "Conference Room M3",
                            "capacity",
                            80,
                            "equipment",
                            List.of("projector", "interpretation booths")))
                    .post("/sessions/{s}/rooms", session)
                    .then()
                    .statusCode(201)
                    .body("capacity", equalTo(80))
                    .body("equipment", contains("projector", "interpretation booths"))
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/sessions/" + session + "/rooms/" + id);
            KafkaEvents.Event event = events.awaitType(SideEventEvents.ROOM_CREATED, id);
            assertThat(event.key()).isEqualTo(session.toString());
            assertThat(EventSchemas.validate(event.body())).isEmpty();
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Conference Room M3", "capacity", 90))
                    .put("/sessions/{s}/rooms/{r}", session, id)
                    .then()
                    .statusCode(200)
                    .body("capacity", equalTo(90));
            assertThat(EventSchemas.validate(
                            events.awaitType(SideEventEvents.ROOM_UPDATED, id).body()))
                    .isEmpty();
        }
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "conference room m3", "capacity", 10))
                .post("/sessions/{s}/rooms", session)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("room-name-taken"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", " ", "capacity", 0))
                .post("/sessions/{s}/rooms", session)
                .then()
                .statusCode(400)
                .body("violations.field", contains("capacity", "name"));
        given().get("/sessions/{s}/rooms", session).then().statusCode(200).body("name", contains("Conference Room M3"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Room", "capacity", 10))
                .post("/sessions/{s}/rooms", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void aSlotIsFiftyMinutesByDefaultOnTheSessionsDaysAndOnlyOnce() {
        UUID session = Fixtures.session();
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.VENUE_TOPIC)) {
            String id = Fixtures.addSlot(session, Fixtures.TUESDAY_LUNCH, null)
                    .statusCode(201)
                    .body("endsAt", equalTo("2026-01-27T13:05:00Z"))
                    .body("durationMinutes", equalTo(50))
                    .body("venueDate", equalTo("2026-01-27"))
                    .body("startsAtVenueTime", equalTo("2026-01-27T13:15:00+01:00"))
                    .extract()
                    .path("id");
            assertThat(EventSchemas.validate(
                            events.awaitType(SideEventEvents.SLOT_CREATED, id).body()))
                    .isEmpty();
        }
        Fixtures.addSlot(session, Fixtures.TUESDAY_LUNCH, 50).statusCode(409).body("rule", equalTo("slot-exists"));
        Fixtures.addSlot(session, Instant.parse("2026-01-25T12:15:00Z"), null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("slot-outside-session"));
        Fixtures.addSlot(session, Instant.parse("2026-01-30T22:50:00Z"), 20)
                .statusCode(400)
                .body("rule", equalTo("slot-outside-session"));
        Fixtures.addSlot(session, Fixtures.TUESDAY_LUNCH, 5)
                .statusCode(400)
                .body("violations[0].field", equalTo("durationMinutes"));
    }

    @Test
    void theStandardSlotsOfEveryDayInVenueTimeAreCreatedOnce() {
        UUID session = Fixtures.session();
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("periods", List.of("LUNCH")))
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(200)
                .body("size()", equalTo(5))
                .body("label", everyItem(equalTo("LUNCH")))
                .body("[0].startsAt", equalTo("2026-01-26T12:15:00Z"))
                .body("[0].startsAtVenueTime", equalTo("2026-01-26T13:15:00+01:00"))
                .body("[4].venueDate", equalTo("2026-01-30"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("periods", List.of("LUNCH")))
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(200)
                .body("size()", equalTo(5));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(200)
                .body("size()", equalTo(15))
                .body("label", hasItem("MORNING"));
        given().get("/sessions/{s}/slots", session).then().statusCode(200).body("size()", equalTo(15));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("periods", List.of("BREAKFAST")))
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void standardSlotsFallOnTheSessionsMeetingDaysOnly() {
        UUID session = UUID.randomUUID();
        // Friday 23 to Tuesday 27 January 2026: a weekend inside the session's dates.
        var event =
                Fixtures.sessionEvent("registration.session.created", session, "Resumed session", Fixtures.DEADLINE);
        ((ObjectNode) event.get("data")).put("startDate", "2026-01-23").put("endDate", "2026-01-27");
        Fixtures.publishSession(event);
        Fixtures.awaitSession(session);
        Map<String, Object> lunch = Map.of("periods", List.of("LUNCH"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(lunch)
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(200)
                .body("venueDate", contains("2026-01-23", "2026-01-26", "2026-01-27"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("eventsPerOrganiser", 1, "meetsOnWeekends", true))
                .put("/sessions/{s}/side-event-policy", session)
                .then()
                .statusCode(200)
                .body("meetsOnWeekends", equalTo(true));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(lunch)
                .post("/sessions/{s}/slots/standard", session)
                .then()
                .statusCode(200)
                .body("venueDate", contains("2026-01-23", "2026-01-24", "2026-01-25", "2026-01-26", "2026-01-27"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("eventsPerOrganiser", 2))
                .put("/sessions/{s}/side-event-policy", session)
                .then()
                .statusCode(200)
                .body("meetsOnWeekends", equalTo(true));
    }
}
