package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/**
 * Sessions and registrations as the registration service publishes them (written to its topics, so the
 * consumers build this service's copies), and rooms, slots and proposals through the API. Each is unique to its
 * test. The Vienna session of the Ad Hoc Committee: 26-30 January 2026, proposals until 12 January, 6 p.m.
 */
public final class Fixtures {

    public static final String SESSIONS_TOPIC = "registration.session.events";
    public static final String REGISTRATIONS_TOPIC = "registration.registration.events";
    public static final String ACCREDITATIONS_TOPIC = "accreditation.application.events";
    /** The body of the tests' sessions. */
    public static final String BODY = "ahc-cybercrime";
    /** The tests' "now": well before the proposal deadline. */
    public static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");
    /** 12 January 2026, 18:00 in Vienna. */
    public static final Instant DEADLINE = Instant.parse("2026-01-12T17:00:00Z");
    /** 27 January 2026, 13:15 in Vienna: a lunch-time slot. */
    public static final Instant TUESDAY_LUNCH = Instant.parse("2026-01-27T12:15:00Z");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicLong TICK = new AtomicLong();

    private Fixtures() {}

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    /** A time for the next upstream event: later than every earlier one of the run. */
    private static Instant occurredAt() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(TICK.incrementAndGet());
    }

    private static ObjectNode envelope(String type, String subject, String aggregateType, String aggregateId) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("source", "/plenary/registration-service");
        envelope.put("subject", subject);
        envelope.put("aggregateType", aggregateType);
        envelope.put("aggregateId", aggregateId);
        envelope.put("occurredAt", occurredAt().toString());
        envelope.put("schemaVersion", 1);
        envelope.put("correlationId", UUID.randomUUID().toString());
        return envelope;
    }

    private static ObjectNode actor(String role, String subject) {
        ObjectNode actor = MAPPER.createObjectNode();
        actor.put("role", role);
        actor.put("subject", subject);
        return actor;
    }

    /** A {@code registration.session.*} event, with the whole session as CONVENTIONS.md describes it. */
    public static ObjectNode sessionEvent(String type, UUID sessionId, String title, Instant proposalDeadline) {
        ObjectNode event = envelope(type, sessionId.toString(), "session", sessionId.toString());
        ObjectNode data = event.putObject("data");
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", BODY);
        data.put("title", title);
        data.put("venue", "Vienna International Centre");
        data.put("timeZone", "Europe/Vienna");
        data.put("startDate", "2026-01-26");
        data.put("endDate", "2026-01-30");
        data.put("registrationOpensAt", "2025-12-01T00:00:00Z");
        data.put("registrationDeadline", "2026-01-22T17:00:00Z");
        data.put("participation", "ACCREDITATION_ONLY");
        data.put("accreditationCutoff", "2025-11-30T22:59:59Z");
        data.put("delegateQuota", 1);
        data.putNull("seats");
        data.put("latePolicy", "ACCEPT_LATE");
        data.put("confirmationRequired", true);
        data.put("nominationLetterRequired", true);
        ArrayNode parts = data.putArray("meetingParts");
        parts.addObject().put("name", "Plenary").put("stakeholdersMayAttend", true);
        parts.addObject().put("name", "Informal consultations").put("stakeholdersMayAttend", false);
        if (proposalDeadline == null) {
            data.putNull("sideEventProposalDeadline");
        } else {
            data.put("sideEventProposalDeadline", proposalDeadline.toString());
        }
        data.put("submissionDeadline", "2026-01-19T22:59:59Z");
        data.put("submissionWordLimit", 2000);
        data.set("actor", actor("secretariat", "officer@secretariat.test"));
        return checked(event);
    }

    /**
     * A {@code registration.registration.*} event for one delegate's seat, as older events are: without the
     * organisation's count of live seats.
     */
    public static ObjectNode registrationEvent(
            String type, UUID registrationId, UUID sessionId, String organisationId, String status) {
        return registrationEvent(type, registrationId, sessionId, organisationId, status, null);
    }

    /**
     * A {@code registration.registration.*} event for one delegate's seat that reports how many live (pending or
     * confirmed) registrations the organisation holds in the session after the whole change.
     */
    public static ObjectNode registrationEvent(
            String type,
            UUID registrationId,
            UUID sessionId,
            String organisationId,
            String status,
            Integer organisationSeats) {
        ObjectNode event = envelope(type, registrationId.toString(), "organisation", organisationId);
        ObjectNode data = event.putObject("data");
        data.put("registrationId", registrationId.toString());
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", BODY);
        data.put("organisationId", organisationId);
        data.put("organisationName", organisationName(organisationId));
        if (organisationSeats != null) {
            data.put("organisationSeats", organisationSeats);
        }
        data.putObject("delegate")
                .put("name", "Delegate of " + organisationId)
                .put("function", "Senior legal adviser")
                .put("headOfDelegation", true);
        data.put("status", status);
        data.put("late", false);
        data.putNull("waitlistPosition");
        data.putNull("reason");
        data.set("actor", actor("secretariat", "officer@secretariat.test"));
        return checked(event);
    }

    /**
     * An {@code accreditation.application.*} event of the accreditation service (kind {@code suspended},
     * {@code reinstated}, ...): the organisation's application to the body after the change, in this status.
     */
    public static ObjectNode accreditationEvent(String kind, String organisationId, String bodyId, String status) {
        ObjectNode event =
                envelope("accreditation.application." + kind, organisationId, "organisation", organisationId);
        event.put("source", "/plenary/accreditation-service");
        ObjectNode data = event.putObject("data");
        data.put(
                "applicationId",
                UUID.nameUUIDFromBytes((organisationId + "/" + bodyId).getBytes())
                        .toString());
        data.put("organisationId", organisationId);
        data.put("bodyId", bodyId);
        data.put("status", status);
        data.putNull("previousStatus");
        data.putObject("organisation")
                .put("name", organisationName(organisationId))
                .putNull("acronym")
                .put("country", "AT")
                .put("type", "NGO")
                .putNull("website")
                .put("ecosocStatus", "SPECIAL");
        data.putNull("nonObjectionEndsAt");
        data.put("accreditedAt", "2025-06-01T00:00:00Z");
        data.putNull("reason");
        data.set("actor", actor("secretariat", "officer@secretariat.test"));
        return checked(event);
    }

    public static void publishAccreditation(ObjectNode event) {
        KafkaEvents.send(ACCREDITATIONS_TOPIC, event.path("aggregateId").asText(), event.toString());
    }

    /** Publishes an accreditation event and waits until this service has applied it. */
    public static void accreditationApplied(ObjectNode event) {
        publishAccreditation(event);
        UUID eventId = UUID.fromString(event.path("id").asText());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Db.processed("accreditations", eventId));
    }

    /** The name under which the registration events name an organisation of these tests. */
    public static String organisationName(String organisationId) {
        return "Civil society organisation " + organisationId;
    }

    /** Where the registration service's schemas exist, the fixtures must match them, as its events do. */
    private static ObjectNode checked(ObjectNode event) {
        String type = event.path("type").asText();
        if (EventSchemas.isKnown(type)) {
            assertThat(EventSchemas.validate(event)).as(type).isEmpty();
        }
        return event;
    }

    public static void publishSession(ObjectNode event) {
        KafkaEvents.send(SESSIONS_TOPIC, event.path("aggregateId").asText(), event.toString());
    }

    public static void publishRegistration(ObjectNode event) {
        KafkaEvents.send(REGISTRATIONS_TOPIC, event.path("aggregateId").asText(), event.toString());
    }

    /** A session with this proposal deadline (null: none), once this service knows it. */
    public static UUID session(Instant proposalDeadline) {
        UUID id = UUID.randomUUID();
        publishSession(sessionEvent(
                "registration.session.created",
                id,
                "Ad Hoc Committee on Cybercrime, session " + id.toString().substring(0, 8),
                proposalDeadline));
        awaitSession(id);
        return id;
    }

    public static UUID session() {
        return session(DEADLINE);
    }

    public static void awaitSession(UUID id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/sessions/{id}", id).then().statusCode(200));
    }

    /** Publishes a registration's change of status. */
    public static void registration(
            String type, UUID registrationId, UUID session, String organisation, String status) {
        publishRegistration(registrationEvent(type, registrationId, session, organisation, status));
    }

    /** Publishes a registration event and waits until this service has applied it. */
    public static void applied(ObjectNode event) {
        publishRegistration(event);
        UUID eventId = UUID.fromString(event.path("id").asText());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Db.processed("registrations", eventId));
    }

    /** A confirmed registration of the organisation for the session, once this service knows it. */
    public static UUID confirmed(UUID session, String organisation) {
        UUID registration = UUID.randomUUID();
        registration("registration.registration.confirmed", registration, session, organisation, "CONFIRMED");
        awaitEligible(session, organisation, true);
        return registration;
    }

    public static void awaitEligible(UUID session, String organisation, boolean eligible) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(Tokens.secretariat())
                        .get("/sessions/{s}/eligibility/{o}", session, organisation)
                        .then()
                        .statusCode(200)
                        .body("eligible", equalTo(eligible)));
    }

    /** An organisation with a confirmed registration for the session. */
    public static String eligibleOrganisation(UUID session) {
        String organisation = newOrganisationId();
        confirmed(session, organisation);
        return organisation;
    }

    public static UUID room(UUID session, String name, int capacity) {
        String id = as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "capacity", capacity, "equipment", List.of("projector", "microphones")))
                .post("/sessions/{s}/rooms", session)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static ValidatableResponse addSlot(UUID session, Instant start, Integer minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", start.toString());
        if (minutes != null) {
            body.put("durationMinutes", minutes);
        }
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/sessions/{s}/slots", session)
                .then();
    }

    /** A 50-minute slot. */
    public static UUID slot(UUID session, Instant start) {
        return UUID.fromString(
                addSlot(session, start, null).statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> proposal(String title, int expectedAttendance) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put(
                "description",
                "How the Convention against Cybercrime's procedural powers can be exercised with the human rights"
                        + " safeguards of its Article 6 and Article 24.");
        body.put("format", "HYBRID");
        body.put("expectedAttendance", expectedAttendance);
        body.put("coOrganisers", Map.of("organisations", List.of(), "memberStates", List.of("AT", "CL")));
        return body;
    }

    public static ValidatableResponse propose(String organisation, UUID session, Map<String, Object> body) {
        return as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/sessions/{s}/proposals", session)
                .then();
    }

    /** A pending proposal of the organisation, which must be eligible. */
    public static UUID proposed(String organisation, UUID session, int expectedAttendance) {
        String id = propose(
                        organisation, session, proposal("Safeguards in cross-border data access", expectedAttendance))
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static ValidatableResponse approve(UUID proposal, UUID room, UUID slot) {
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("roomId", room.toString(), "slotId", slot.toString()))
                .post("/proposals/{id}/approval", proposal)
                .then();
    }

    public static ValidatableResponse proposalAsSecretariat(UUID proposal) {
        return as(Tokens.secretariat()).get("/proposals/{id}", proposal).then().statusCode(200);
    }
}
