package org.plenary.registration;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.plenary.testing.Requests.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** Sessions, organisations, accreditation events and delegates for the tests, each unique to its test. */
public final class Fixtures {

    private Fixtures() {}

    /** An accreditation-only Vienna session and an organisation accredited to its body, known to this service. */
    public record Setup(String body, String session, String organisation) {}

    /** The Vienna session with the changes, and an organisation accredited to its body that the service knows. */
    public static Setup accreditedVienna(Map<String, Object> changes) {
        String body = newBodyId();
        Map<String, Object> vienna = vienna(body);
        vienna.putAll(changes);
        String session = createSession(vienna);
        String organisation = accreditedOrganisation(body, session);
        return new Setup(body, session, organisation);
    }

    /** A new organisation accredited to the body, once the service knows it (eligible for the session). */
    public static String accreditedOrganisation(String body, String session) {
        String organisation = newOrganisationId();
        accredit(organisation, body, Instant.parse("2025-06-01T00:00:00Z"));
        awaitEligible(session, organisation);
        return organisation;
    }

    public static void awaitEligible(String session, String organisation) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.organisation(organisation))
                        .get("/sessions/{id}/eligibility", session)
                        .then()
                        .statusCode(200)
                        .body("reasons.rule", not(hasItem("not-accredited"))));
    }

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    public static String newBodyId() {
        return "body-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The January 2026 Vienna session of the Ad Hoc Committee, for a body of the test's own. */
    public static Map<String, Object> vienna(String bodyId) {
        Map<String, Object> session = new HashMap<>();
        session.put("bodyId", bodyId);
        session.put("title", "Ad Hoc Committee on Cybercrime, Vienna, January 2026");
        session.put("venue", "Vienna International Centre");
        session.put("timeZone", "Europe/Vienna");
        session.put("startDate", "2026-01-26");
        session.put("endDate", "2026-01-30");
        session.put("registrationOpensAt", "2025-12-01");
        session.put("registrationDeadline", "2026-01-22T18:00");
        session.put("participation", "ACCREDITATION_ONLY");
        session.put("delegateQuota", 1);
        session.put("latePolicy", "REFUSE");
        session.put(
                "meetingParts",
                List.of(
                        Map.of("name", "Plenary", "stakeholdersMayAttend", true),
                        Map.of("name", "Informal consultations", "stakeholdersMayAttend", false)));
        session.put("sideEventProposalDeadline", "2026-01-12T18:00");
        session.put("submissionDeadline", "2026-01-19");
        session.put("submissionWordLimit", 2000);
        return session;
    }

    public static String createSession(Map<String, Object> session) {
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(session)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
    }

    public static void updateSession(String sessionId, Map<String, Object> session) {
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(session)
                .put("/sessions/{id}", sessionId)
                .then()
                .statusCode(200);
    }

    /** Registers a delegate on the waiting list, which must take them, and returns the registration's id. */
    public static String waiting(String organisationId, String sessionId, String name) {
        return register(organisationId, sessionId, delegate(name), true)
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("WAITLISTED"))
                .extract()
                .path("id");
    }

    public static Map<String, Object> delegate(String name) {
        return delegate(name, true);
    }

    /** A delegate who asks, or not, to head the delegation. */
    public static Map<String, Object> delegate(String name, boolean headOfDelegation) {
        return Map.of(
                "name",
                name,
                "email",
                name.toLowerCase().replaceAll("[^a-z]+", "-") + "-" + UUID.randomUUID() + "@example.org",
                "function",
                "Policy adviser",
                "headOfDelegation",
                headOfDelegation);
    }

    public static ValidatableResponse register(
            String organisationId, String sessionId, Map<String, Object> delegate, boolean waitingList) {
        return as(Tokens.organisation(organisationId))
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", delegate, "joinWaitingList", waitingList))
                .post("/sessions/{id}/registrations", sessionId)
                .then();
    }

    public static ValidatableResponse register(String organisationId, String sessionId) {
        return register(organisationId, sessionId, delegate("Delegate"), false);
    }

    /** Registers a delegate, which must be accepted, and returns the registration's id. */
    public static String registered(String organisationId, String sessionId) {
        return register(organisationId, sessionId).statusCode(201).extract().path("id");
    }

    /** Cancels a registration, as the caller. */
    public static ValidatableResponse cancel(String token, String registrationId) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Travel cancelled"))
                .post("/registrations/{id}/cancellation", registrationId)
                .then();
    }

    /** The registration as the secretariat reads it. */
    public static ValidatableResponse registration(String registrationId) {
        return as(Tokens.secretariat())
                .get("/registrations/{id}", registrationId)
                .then()
                .statusCode(200);
    }

    /** An accreditation service event about one organisation and body, as that service writes it. */
    public static String accreditationEvent(
            String type, String status, String organisationId, String bodyId, Instant at) {
        return accreditationEvent(type, status, organisationId, bodyId, at, "ACCREDITED".equals(status) ? at : null);
    }

    /** An accreditation service event that says when the organisation was accredited. */
    public static String accreditationEvent(
            String type, String status, String organisationId, String bodyId, Instant at, Instant accreditedAt) {
        UUID id = UUID.randomUUID();
        String application =
                UUID.nameUUIDFromBytes((organisationId + bodyId).getBytes()).toString();
        return """
                {"id":"%s","type":"%s","source":"/plenary/accreditation-service","subject":"%s",
                 "aggregateType":"organisation","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,
                 "correlationId":"%s",
                 "data":{"applicationId":"%s","organisationId":"%s","bodyId":"%s","status":"%s",
                   "previousStatus":"SUBMITTED",
                   "organisation":{"name":"Organisation %s","acronym":null,"country":"AT","type":"NGO",
                     "website":null,"ecosocStatus":"SPECIAL"},
                   "nonObjectionEndsAt":null,"accreditedAt":%s,"reason":null,
                   "actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(
                        id,
                        type,
                        application,
                        organisationId,
                        at,
                        id,
                        application,
                        organisationId,
                        bodyId,
                        status,
                        organisationId,
                        accreditedAt == null ? "null" : "\"" + accreditedAt + "\"");
    }

    /** Publishes the organisation's accreditation to the body, as the accreditation service would. */
    public static void accredit(String organisationId, String bodyId, Instant at) {
        KafkaEvents.send(
                AccreditationEvents.APPLICATIONS_TOPIC,
                organisationId,
                accreditationEvent(
                        AccreditationEvents.APPLICATION_ACCREDITED, "ACCREDITED", organisationId, bodyId, at));
    }

    /** Suspends the organisation's accreditation, as accredited on 1 June 2025. */
    public static void suspend(String organisationId, String bodyId, Instant at) {
        sendAccreditedOn(AccreditationEvents.APPLICATION_SUSPENDED, "SUSPENDED", organisationId, bodyId, at);
    }

    /** Reinstates the organisation's accreditation, as accredited on 1 June 2025. */
    public static void reinstate(String organisationId, String bodyId, Instant at) {
        sendAccreditedOn(AccreditationEvents.APPLICATION_REINSTATED, "ACCREDITED", organisationId, bodyId, at);
    }

    private static void sendAccreditedOn(String type, String status, String organisationId, String bodyId, Instant at) {
        KafkaEvents.send(
                AccreditationEvents.APPLICATIONS_TOPIC,
                organisationId,
                accreditationEvent(type, status, organisationId, bodyId, at, Instant.parse("2025-06-01T00:00:00Z")));
    }

    public static void revoke(String organisationId, String bodyId, Instant at) {
        KafkaEvents.send(
                AccreditationEvents.APPLICATIONS_TOPIC,
                organisationId,
                accreditationEvent(AccreditationEvents.APPLICATION_REVOKED, "REVOKED", organisationId, bodyId, at));
    }
}
