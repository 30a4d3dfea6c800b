package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.SideEventEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** The secretariat approves into a room and a slot, within the room's capacity and the per-organiser limit. */
@QuarkusTest
class ApprovalTest {

    @Inject
    MovableClock clock;

    @BeforeEach
    void beforeTheDeadline() {
        clock.set(Fixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApprovedProposalHasItsRoomAndSlotAndTheEventSaysWhichAndWho() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 80);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.approve(id, room, slot)
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("decidedAt", equalTo(Fixtures.NOW.toString()))
                    .body("allocation.roomId", equalTo(room.toString()))
                    .body("allocation.roomName", equalTo("Conference Room M3"))
                    .body("allocation.slotId", equalTo(slot.toString()))
                    .body("allocation.startsAt", equalTo("2026-01-27T12:15:00Z"))
                    .body("allocation.endsAt", equalTo("2026-01-27T13:05:00Z"));
            KafkaEvents.Event approved = events.awaitType(SideEventEvents.PROPOSAL_APPROVED, id.toString());
            assertThat(approved.key()).isEqualTo(session.toString());
            assertThat(approved.data().path("allocation").path("roomName").asText())
                    .isEqualTo("Conference Room M3");
            assertThat(approved.data().path("actor").path("subject").asText()).isEqualTo("officer@secretariat.test");
            assertThat(EventSchemas.validate(approved.body())).isEmpty();
        }
        Fixtures.approve(id, room, slot)
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"))
                .body("currentStatus", equalTo("APPROVED"));
    }

    @Test
    void theSecretariatRejectsWithAReason() {
        UUID session = Fixtures.session();
        UUID id = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 20);
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/proposals/{id}/rejection", id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Outside the mandate of the session"))
                    .post("/proposals/{id}/rejection", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("REJECTED"))
                    .body("reason", equalTo("Outside the mandate of the session"));
            KafkaEvents.Event rejected = events.awaitType(SideEventEvents.PROPOSAL_REJECTED, id.toString());
            assertThat(rejected.data().path("reason").asText()).isEqualTo("Outside the mandate of the session");
            assertThat(EventSchemas.validate(rejected.body())).isEmpty();
        }
    }

    @Test
    void neverMoreExpectedAttendanceThanTheRoomHolds() {
        UUID session = Fixtures.session();
        UUID id = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 31);
        UUID boardroom = Fixtures.room(session, "Boardroom B", 30);
        Fixtures.approve(id, boardroom, Fixtures.slot(session, Fixtures.TUESDAY_LUNCH))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("room-capacity-exceeded"))
                .body("capacity", equalTo(30))
                .body("expectedAttendance", equalTo(31));
        Fixtures.proposalAsSecretariat(id).body("status", equalTo("PENDING"));
    }

    @Test
    void neverTwoEventsInOneRoomAtOverlappingTimes() {
        UUID session = Fixtures.session();
        UUID first = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 20);
        UUID second = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 20);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        UUID otherRoom = Fixtures.room(session, "Boardroom B", 30);
        UUID lunch = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        UUID longLunch =
                UUID.fromString(Fixtures.addSlot(session, Fixtures.TUESDAY_LUNCH.plus(Duration.ofMinutes(30)), 90)
                        .statusCode(201)
                        .extract()
                        .path("id"));
        Fixtures.approve(first, room, lunch).statusCode(200);
        Fixtures.approve(second, room, longLunch)
                .statusCode(409)
                .body("rule", equalTo("room-occupied"))
                .body("roomId", equalTo(room.toString()))
                .body("occupiedBy[0].proposalId", equalTo(first.toString()));
        Fixtures.approve(second, room, lunch).statusCode(409).body("rule", equalTo("room-occupied"));
        Fixtures.approve(second, otherRoom, lunch).statusCode(200);
    }

    @Test
    void anOrganiserHasOneApprovedEventPerSessionUnlessTheSecretariatAllowsMore() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID first = Fixtures.proposed(organisation, session, 20);
        UUID second = Fixtures.proposed(organisation, session, 20);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        Fixtures.approve(first, room, Fixtures.slot(session, Fixtures.TUESDAY_LUNCH))
                .statusCode(200);
        UUID evening = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH.plus(Duration.ofHours(5)));
        Fixtures.approve(second, room, evening)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("organiser-limit-reached"))
                .body("limit", equalTo(1));

        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.VENUE_TOPIC)) {
            setLimit(session, 2).statusCode(200).body("eventsPerOrganiser", equalTo(2));
            KafkaEvents.Event changed = events.awaitType(SideEventEvents.POLICY_UPDATED, session.toString());
            assertThat(changed.data().path("previousEventsPerOrganiser").asInt())
                    .isEqualTo(1);
            assertThat(EventSchemas.validate(changed.body())).isEmpty();
        }
        Fixtures.approve(second, room, evening).statusCode(200);
        setLimit(session, 1)
                .statusCode(409)
                .body("rule", equalTo("limit-below-approved"))
                .body("mostApprovedForOneOrganiser", equalTo(2));
        given().get("/sessions/{s}", session).then().body("eventsPerOrganiser", equalTo(2));
        setLimit(session, 0).statusCode(400).body("violations[0].field", equalTo("eventsPerOrganiser"));
    }

    @Test
    void aRoomCannotShrinkBelowAnApprovedEventsAttendanceAndNamesAreUniquePerSession() {
        UUID session = Fixtures.session();
        UUID id = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 60);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        Fixtures.approve(id, room, Fixtures.slot(session, Fixtures.TUESDAY_LUNCH))
                .statusCode(200);
        updateRoom(session, room, "Conference Room M3", 59)
                .statusCode(409)
                .body("rule", equalTo("room-capacity-below-allocation"))
                .body("largestExpectedAttendance", equalTo(60));
        updateRoom(session, room, "Conference Room M3", 60).statusCode(200).body("capacity", equalTo(60));
        Fixtures.room(session, "Boardroom B", 30);
        updateRoom(session, room, "boardroom b", 60).statusCode(409).body("rule", equalTo("room-name-taken"));
    }

    @Test
    void aSlotThatHasStartedTakesNoEventAndRoomsAndSlotsMustBeTheSessions() {
        UUID session = Fixtures.session();
        UUID other = Fixtures.session();
        UUID id = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 20);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        Fixtures.approve(id, Fixtures.room(other, "Conference Room M3", 80), slot)
                .statusCode(404)
                .body("resource", equalTo("room"));
        Fixtures.approve(id, room, Fixtures.slot(other, Fixtures.TUESDAY_LUNCH))
                .statusCode(404)
                .body("resource", equalTo("slot"));
        clock.set(Fixtures.TUESDAY_LUNCH);
        Fixtures.approve(id, room, slot).statusCode(409).body("rule", equalTo("slot-passed"));
    }

    private static io.restassured.response.ValidatableResponse setLimit(UUID session, int limit) {
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("eventsPerOrganiser", limit))
                .put("/sessions/{s}/side-event-policy", session)
                .then();
    }

    private static io.restassured.response.ValidatableResponse updateRoom(
            UUID session, UUID room, String name, int capacity) {
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "capacity", capacity))
                .put("/sessions/{s}/rooms/{r}", session, room)
                .then();
    }
}
