package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.sideevent.session.messaging.ProjectionRebuild;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** The copies of the registration service's sessions and registrations, built from its events. */
@QuarkusTest
class ProjectionTest {

    @Inject
    ProjectionRebuild rebuild;

    private static final String DEAD_LETTERS = "side-event-service.dead-letter";

    private static void awaitProcessed(String consumer, ObjectNode event) {
        UUID id = UUID.fromString(event.path("id").asText());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Db.processed(consumer, id));
    }

    private static List<String> copiesOf(UUID session) {
        List<String> rows = new ArrayList<>(
                Db.texts("select row_to_json(s)::text from session_copy s where id = '" + session + "'"));
        rows.addAll(Db.texts("select row_to_json(r)::text from registration_copy r where session_id = '" + session
                + "' order by registration_id"));
        return rows;
    }

    @Test
    void copiesRebuiltFromTheTopicsEqualTheOriginals() {
        UUID session = UUID.randomUUID();
        String organisation = Fixtures.newOrganisationId();
        ObjectNode created = Fixtures.sessionEvent(
                "registration.session.created", session, "A session to rebuild", Fixtures.DEADLINE);
        ObjectNode confirmed = Fixtures.registrationEvent(
                "registration.registration.confirmed", UUID.randomUUID(), session, organisation, "CONFIRMED");
        ObjectNode cancelled = Fixtures.registrationEvent(
                "registration.registration.cancelled", UUID.randomUUID(), session, organisation, "CANCELLED");
        Fixtures.publishSession(created);
        Fixtures.publishRegistration(confirmed);
        Fixtures.publishRegistration(cancelled);
        awaitProcessed("sessions", created);
        awaitProcessed("registrations", confirmed);
        awaitProcessed("registrations", cancelled);
        List<String> original = copiesOf(session);
        assertThat(original).hasSize(3);

        // The copies are lost, and with them the record of what was applied.
        Db.execute("delete from registration_copy where session_id = '" + session + "'");
        Db.execute("delete from session_copy where id = '" + session + "'");
        Db.execute("delete from processed_event where event_id in ('"
                + created.path("id").asText() + "', '" + confirmed.path("id").asText() + "', '"
                + cancelled.path("id").asText() + "')");
        assertThat(copiesOf(session)).isEmpty();

        assertThat(rebuild.rebuildSessions()).isPositive();
        assertThat(rebuild.rebuildRegistrations()).isPositive();
        assertThat(copiesOf(session)).isEqualTo(original);
        Fixtures.awaitEligible(session, organisation, true);
    }

    @Test
    void anOrganisationsNameIsKeptWhenALaterEventCarriesNone() {
        UUID session = Fixtures.session();
        String named = Fixtures.newOrganisationId();
        String unnamed = Fixtures.newOrganisationId();
        UUID namedSeat = UUID.randomUUID();
        UUID unnamedSeat = UUID.randomUUID();
        ObjectNode first = Fixtures.registrationEvent(
                "registration.registration.registered", namedSeat, session, named, "PENDING");
        ObjectNode later = Fixtures.registrationEvent(
                "registration.registration.confirmed", namedSeat, session, named, "CONFIRMED");
        ((ObjectNode) later.get("data")).putNull("organisationName");
        ObjectNode nameless = Fixtures.registrationEvent(
                "registration.registration.confirmed", unnamedSeat, session, unnamed, "CONFIRMED");
        ((ObjectNode) nameless.get("data")).remove("organisationName");
        Fixtures.publishRegistration(first);
        Fixtures.publishRegistration(later);
        Fixtures.publishRegistration(nameless);
        awaitProcessed("registrations", later);
        awaitProcessed("registrations", nameless);

        assertThat(Db.texts("select coalesce(organisation_name, '(none)') || ' ' || status from registration_copy"
                        + " where session_id = '" + session + "' order by organisation_id = '" + named + "' desc"))
                .containsExactly(Fixtures.organisationName(named) + " CONFIRMED", "(none) CONFIRMED");
    }

    @Test
    void aSessionIsCopiedWithItsDeadlineInUtcAndVenueTimeAndAnUpdateMovesIt() {
        UUID session = Fixtures.session();
        given().get("/sessions/{id}", session)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Vienna"))
                .body("startDate", equalTo("2026-01-26"))
                .body("proposalDeadline", equalTo("2026-01-12T17:00:00Z"))
                .body("proposalDeadlineVenueTime", equalTo("2026-01-12T18:00:00+01:00"))
                .body("eventsPerOrganiser", equalTo(1));

        Fixtures.publishSession(Fixtures.sessionEvent(
                "registration.session.updated", session, "Renamed", Instant.parse("2026-01-14T17:00:00Z")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/sessions/{id}", session)
                        .then()
                        .body("title", equalTo("Renamed"))
                        .body("proposalDeadlineVenueTime", equalTo("2026-01-14T18:00:00+01:00")));
    }

    @Test
    void anOlderSessionEventNeverOverwritesANewerOne() {
        UUID session = Fixtures.session();
        ObjectNode older = Fixtures.sessionEvent("registration.session.updated", session, "Older", null);
        ObjectNode newer = Fixtures.sessionEvent("registration.session.updated", session, "Newer", null);
        Fixtures.publishSession(newer);
        Fixtures.publishSession(older);
        awaitProcessed("sessions", older);
        given().get("/sessions/{id}", session).then().body("title", equalTo("Newer"));
    }

    @Test
    void anOrganisationIsEligibleWhileOneOfItsRegistrationsIsConfirmed() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID first = UUID.randomUUID();
        Fixtures.registration("registration.registration.registered", first, session, organisation, "PENDING");
        ObjectNode second = Fixtures.registrationEvent(
                "registration.registration.waitlisted", UUID.randomUUID(), session, organisation, "WAITLISTED");
        Fixtures.publishRegistration(second);
        awaitProcessed("registrations", second);
        as(Tokens.organisation(organisation))
                .get("/sessions/{s}/eligibility/{o}", session, organisation)
                .then()
                .statusCode(200)
                .body("eligible", equalTo(false));

        Fixtures.registration("registration.registration.confirmed", first, session, organisation, "CONFIRMED");
        Fixtures.awaitEligible(session, organisation, true);
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/sessions/{s}/eligibility/{o}", session, organisation)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
    }

    @Test
    void anOlderRegistrationEventNeverOverwritesANewerOne() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID registration = UUID.randomUUID();
        ObjectNode olderPending = Fixtures.registrationEvent(
                "registration.registration.registered", registration, session, organisation, "PENDING");
        ObjectNode newerConfirmed = Fixtures.registrationEvent(
                "registration.registration.confirmed", registration, session, organisation, "CONFIRMED");
        Fixtures.publishRegistration(newerConfirmed);
        Fixtures.publishRegistration(olderPending);
        awaitProcessed("registrations", olderPending);
        Fixtures.awaitEligible(session, organisation, true);
    }

    @Test
    void anUnreadableRegistrationEventGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        ObjectNode broken = Fixtures.registrationEvent(
                "registration.registration.confirmed", UUID.randomUUID(), session, organisation, "CONFIRMED");
        ((ObjectNode) broken.get("data")).put("registrationId", "not-a-uuid");
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            Fixtures.publishRegistration(broken);
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(organisation));
            assertThat(dead.headers().get("dead-letter-reason")).isNotBlank();
            assertThat(dead.headers()).containsEntry("dead-letter-topic", Fixtures.REGISTRATIONS_TOPIC);
        }
        Fixtures.confirmed(session, organisation);
    }
}
