package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.SideEventEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.MovableClock;

/** An organiser left with no confirmed registration for the session loses its side events, and their rooms are freed. */
@QuarkusTest
class CancellationTest {

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
    void aWithdrawnRegistrationCancelsTheOrganisersEventsAndFreesTheirSlots() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID registration = Fixtures.confirmed(session, organisation);
        UUID approved = Fixtures.proposed(organisation, session, 40);
        UUID pending = Fixtures.proposed(organisation, session, 40);
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        Fixtures.approve(approved, room, slot).statusCode(200);
        UUID waiting = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 40);
        Fixtures.approve(waiting, room, slot).statusCode(409).body("rule", equalTo("room-occupied"));

        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.registration(
                    "registration.registration.withdrawn", registration, session, organisation, "WITHDRAWN");
            KafkaEvents.Event cancelled = events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, approved.toString());
            assertThat(cancelled.key()).isEqualTo(session.toString());
            assertThat(cancelled.data().path("status").asText()).isEqualTo("CANCELLED");
            assertThat(cancelled.data().path("previousStatus").asText()).isEqualTo("APPROVED");
            assertThat(cancelled.data().path("allocation").path("roomId").asText())
                    .as("the event says which room and slot were freed")
                    .isEqualTo(room.toString());
            assertThat(cancelled.data().path("actor").path("role").asText()).isEqualTo("system");
            assertThat(cancelled.data().path("reason").asText()).contains("withdrawn");
            assertThat(EventSchemas.validate(cancelled.body())).isEmpty();
            KafkaEvents.Event cancelledPending =
                    events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, pending.toString());
            assertThat(cancelledPending.data().path("previousStatus").asText()).isEqualTo("PENDING");
        }
        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("CANCELLED"));
        Fixtures.proposalAsSecretariat(pending).body("status", equalTo("CANCELLED"));
        given().get("/sessions/{s}/programme", session).then().body("days.size()", equalTo(0));
        Fixtures.approve(waiting, room, slot).statusCode(200);
        Fixtures.propose(organisation, session, Fixtures.proposal("Again", 10))
                .statusCode(403)
                .body("rule", equalTo("organisation-not-registered"));
    }

    @Test
    void anOrganisationKeepsItsEventsWhileAnotherOfItsRegistrationsIsConfirmed() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID head = Fixtures.confirmed(session, organisation);
        UUID adviser = Fixtures.confirmed(session, organisation);
        UUID proposal = Fixtures.proposed(organisation, session, 20);

        Fixtures.applied(Fixtures.registrationEvent(
                "registration.registration.cancelled", adviser, session, organisation, "CANCELLED"));
        Fixtures.proposalAsSecretariat(proposal).body("status", equalTo("PENDING"));

        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.registration("registration.registration.declined", head, session, organisation, "DECLINED");
            events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, proposal.toString());
        }
        Fixtures.proposalAsSecretariat(proposal).body("status", equalTo("CANCELLED"));
    }

    /** An approved event of the organisation, which must be eligible. */
    private static UUID approvedEvent(UUID session, String organisation) {
        UUID proposal = Fixtures.proposed(organisation, session, 30);
        UUID room = Fixtures.room(session, "Room " + UUID.randomUUID(), 60);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        Fixtures.approve(proposal, room, slot).statusCode(200);
        return proposal;
    }

    private static ObjectNode event(
            String change, UUID registration, UUID session, String organisation, String status, Integer seats) {
        return Fixtures.registrationEvent(
                "registration.registration." + change, registration, session, organisation, status, seats);
    }

    @Test
    void cancellingTheSeatedDelegateThatPromotesAWaitingOneOfTheOrganisationKeepsItsEvents() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID seated = Fixtures.confirmed(session, organisation);
        UUID waiting = UUID.randomUUID();
        Fixtures.applied(event("waitlisted", waiting, session, organisation, "WAITLISTED", 1));
        UUID approved = approvedEvent(session, organisation);

        // The cancellation is judged on the state after the whole change: the promotion leaves the organisation a seat.
        Fixtures.applied(event("cancelled", seated, session, organisation, "CANCELLED", 1));
        Fixtures.applied(event("promoted", waiting, session, organisation, "PENDING", 1));

        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("APPROVED"));
        // Proposing still needs a confirmed registration.
        Fixtures.propose(organisation, session, Fixtures.proposal("Another", 10))
                .statusCode(403)
                .body("rule", equalTo("organisation-not-registered"));
    }

    @Test
    void withoutTheReportedCountAPendingSeatInTheCopyKeepsTheEvents() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID head = Fixtures.confirmed(session, organisation);
        UUID adviser = UUID.randomUUID();
        Fixtures.applied(event("registered", adviser, session, organisation, "PENDING", null));
        UUID approved = approvedEvent(session, organisation);

        Fixtures.applied(event("cancelled", head, session, organisation, "CANCELLED", null));
        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("APPROVED"));

        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.registration("registration.registration.withdrawn", adviser, session, organisation, "WITHDRAWN");
            events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, approved.toString());
        }
        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aReportedCountOfNoSeatsCancelsTheEventsWhateverTheCopyStillHolds() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID head = Fixtures.confirmed(session, organisation);
        Fixtures.confirmed(session, organisation);
        UUID approved = approvedEvent(session, organisation);

        // A revoked accreditation withdraws both; the first event already says the organisation is left with none.
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.publishRegistration(event("withdrawn", head, session, organisation, "WITHDRAWN", 0));
            events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, approved.toString());
        }
        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aWithdrawalAfterTheSessionHasEndedInVenueTimeLeavesItsRecordAsItWas() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID registration = Fixtures.confirmed(session, organisation);
        UUID approved = approvedEvent(session, organisation);

        // The session's last day, 30 January, ends at midnight in Vienna: 23:00 UTC.
        clock.set(Instant.parse("2026-01-30T23:00:00Z"));
        Fixtures.applied(event("withdrawn", registration, session, organisation, "WITHDRAWN", 0));
        Fixtures.proposalAsSecretariat(approved).body("status", equalTo("APPROVED"));
        given().get("/sessions/{s}/programme", session).then().body("days.size()", equalTo(1));
    }

    @Test
    void aWithdrawalOnTheSessionsLastDayStillCancels() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID registration = Fixtures.confirmed(session, organisation);
        UUID approved = approvedEvent(session, organisation);

        clock.set(Instant.parse("2026-01-30T22:59:59Z"));
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            Fixtures.publishRegistration(event("withdrawn", registration, session, organisation, "WITHDRAWN", 0));
            events.awaitType(SideEventEvents.PROPOSAL_CANCELLED, approved.toString());
        }
    }

    @Test
    void decidedProposalsStayAsTheyWere() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID registration = Fixtures.confirmed(session, organisation);
        UUID rejected = Fixtures.proposed(organisation, session, 20);
        as(org.plenary.testing.Tokens.secretariat())
                .contentType("application/json")
                .body(java.util.Map.of("reason", "Duplicate"))
                .post("/proposals/{id}/rejection", rejected)
                .then()
                .statusCode(200);
        Fixtures.applied(Fixtures.registrationEvent(
                "registration.registration.withdrawn", registration, session, organisation, "WITHDRAWN"));
        Fixtures.proposalAsSecretariat(rejected).body("status", equalTo("REJECTED"));
    }
}
