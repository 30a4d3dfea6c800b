package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;

/** The other services' events, as they publish them (each checked against its schema), and their publication. */
public final class Fixtures {

    public static final String APPLICATIONS_TOPIC = "accreditation.application.events";
    public static final String BODIES_TOPIC = "accreditation.body.events";
    public static final String SESSIONS_TOPIC = "registration.session.events";
    public static final String REGISTRATIONS_TOPIC = "registration.registration.events";
    public static final String PROPOSALS_TOPIC = "sideevent.proposal.events";
    public static final String SUBMISSIONS_TOPIC = "submission.submission.events";
    public static final String BODY = "ahc-cybercrime";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    private static ObjectNode envelope(String type, String source, String subject, String aggregateType, String id) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("subject", subject);
        envelope.put("aggregateType", aggregateType);
        envelope.put("aggregateId", id);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("schemaVersion", 1);
        envelope.put("correlationId", UUID.randomUUID().toString());
        return envelope;
    }

    private static ObjectNode actor(ObjectNode data) {
        data.putObject("actor").put("role", "secretariat").put("subject", "officer@secretariat.test");
        return data;
    }

    /**
     * An {@code accreditation.application.<kind>} event: the organisation's application after the change, with its
     * contact address and language ({@code null}: none named).
     */
    public static ObjectNode application(
            String kind, String organisationId, String name, String email, String language, String status) {
        ObjectNode event = envelope(
                "accreditation.application." + kind,
                "/plenary/accreditation-service",
                UUID.nameUUIDFromBytes(organisationId.getBytes()).toString(),
                "organisation",
                organisationId);
        ObjectNode data = event.putObject("data");
        data.put("applicationId", event.path("subject").asText());
        data.put("organisationId", organisationId);
        data.put("bodyId", BODY);
        data.put("status", status);
        data.putNull("previousStatus");
        ObjectNode organisation = data.putObject("organisation")
                .put("name", name)
                .putNull("acronym")
                .put("country", "AT")
                .put("type", "NGO")
                .putNull("website")
                .putNull("ecosocStatus")
                .put("contactEmail", email);
        if (language == null) {
            organisation.putNull("language");
        } else {
            organisation.put("language", language);
        }
        data.putNull("nonObjectionEndsAt");
        data.putNull("accreditedAt");
        data.putNull("reason");
        actor(data);
        return event;
    }

    /** An {@code accreditation.body.defined} event: a body with this objection disclosure policy. */
    public static ObjectNode body(String bodyId, String disclosure) {
        ObjectNode event =
                envelope("accreditation.body.defined", "/plenary/accreditation-service", bodyId, "body", bodyId);
        ObjectNode data = event.putObject("data");
        data.put("bodyId", bodyId);
        data.put("name", "A body");
        data.put("accreditationOpen", true);
        data.put("nonObjectionDays", 30);
        data.put("ecosocFastTrack", "ON_CONFIRMATION");
        data.put("objectionDisclosure", disclosure);
        actor(data);
        return checked(event);
    }

    /** A new body of this policy, published. */
    public static String newBody(String disclosure) {
        String body = "body-" + UUID.randomUUID().toString().substring(0, 13);
        publish(BODIES_TOPIC, body(body, disclosure));
        return body;
    }

    /** A {@code registration.session.created} event: a session in Vienna, 26 to 30 January 2026. */
    public static ObjectNode session(UUID sessionId, String title, Instant deadline) {
        return session(sessionId, title, deadline, BODY);
    }

    /** The same session, of another body. */
    public static ObjectNode session(UUID sessionId, String title, Instant deadline, String body) {
        ObjectNode event = envelope(
                "registration.session.created",
                "/plenary/registration-service",
                sessionId.toString(),
                "session",
                sessionId.toString());
        ObjectNode data = event.putObject("data");
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", body);
        data.put("title", title);
        data.put("venue", "Vienna International Centre");
        data.put("timeZone", "Europe/Vienna");
        data.put("startDate", "2026-01-26");
        data.put("endDate", "2026-01-30");
        data.put("registrationOpensAt", "2025-12-01T00:00:00Z");
        data.put("registrationDeadline", deadline.toString());
        data.put("participation", "ACCREDITATION_ONLY");
        data.put("accreditationCutoff", "2025-11-30T22:59:59Z");
        data.put("delegateQuota", 1);
        data.putNull("seats");
        data.put("latePolicy", "ACCEPT_LATE");
        data.put("confirmationRequired", true);
        data.put("nominationLetterRequired", false);
        data.putArray("meetingParts").addObject().put("name", "Plenary").put("stakeholdersMayAttend", true);
        data.putNull("sideEventProposalDeadline");
        data.putNull("submissionDeadline");
        data.putNull("submissionWordLimit");
        data.put("submissionScansAllowed", false);
        actor(data);
        return checked(event);
    }

    /** A {@code registration.registration.<kind>} event for one delegate. */
    public static ObjectNode registration(
            String kind, UUID registrationId, UUID sessionId, String organisationId, String delegate, String status) {
        ObjectNode event = envelope(
                "registration.registration." + kind,
                "/plenary/registration-service",
                registrationId.toString(),
                "organisation",
                organisationId);
        ObjectNode data = event.putObject("data");
        data.put("registrationId", registrationId.toString());
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", BODY);
        data.put("organisationId", organisationId);
        data.putNull("organisationName");
        data.putObject("delegate")
                .put("name", delegate)
                .put("function", "Legal adviser")
                .put("headOfDelegation", true);
        data.put("status", status);
        data.put("late", false);
        data.putNull("waitlistPosition");
        data.putNull("reason");
        actor(data);
        return event;
    }

    /** A {@code sideevent.proposal.<kind>} event; approved and cancelled ones carry Room 3, 27 January 13:15 Vienna. */
    public static ObjectNode proposal(
            String kind, UUID proposalId, UUID sessionId, String organisationId, String title, String status) {
        ObjectNode event = envelope(
                "sideevent.proposal." + kind,
                "/plenary/side-event-service",
                proposalId.toString(),
                "session",
                sessionId.toString());
        ObjectNode data = event.putObject("data");
        data.put("proposalId", proposalId.toString());
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", BODY);
        data.put("organisationId", organisationId);
        data.put("title", title);
        data.put("description", "A discussion");
        data.put("format", "IN_PERSON");
        data.put("expectedAttendance", 40);
        data.putObject("coOrganisers").putArray("organisations");
        ((ObjectNode) data.get("coOrganisers")).putArray("memberStates");
        data.putArray("preferredSlotIds");
        data.put("status", status);
        data.put("previousStatus", "PENDING");
        data.put("proposedAt", "2026-01-05T10:00:00Z");
        data.put("decidedAt", "2026-01-12T10:00:00Z");
        if (status.equals("APPROVED") || status.equals("CANCELLED")) {
            data.putObject("allocation")
                    .put("roomId", UUID.randomUUID().toString())
                    .put("roomName", "Room M3")
                    .put("slotId", UUID.randomUUID().toString())
                    .put("startsAt", "2026-01-27T12:15:00Z")
                    .put("endsAt", "2026-01-27T13:05:00Z");
        } else {
            data.putNull("allocation");
        }
        data.putNull("reason");
        actor(data);
        return event;
    }

    /** A {@code submission.submission.<kind>} event. */
    public static ObjectNode submission(
            String kind, UUID submissionId, UUID sessionId, String organisationId, String title, String status) {
        ObjectNode event = envelope(
                "submission.submission." + kind,
                "/plenary/submission-service",
                submissionId.toString(),
                "organisation",
                organisationId);
        ObjectNode data = event.putObject("data");
        data.put("submissionId", submissionId.toString());
        data.put("sessionId", sessionId.toString());
        data.put("bodyId", BODY);
        data.put("organisationId", organisationId);
        data.put("title", title);
        data.put("agendaItem", "Rule 17");
        data.put("language", "en");
        data.put("status", status);
        data.put("version", 1);
        data.put("sha256", "a".repeat(64));
        data.put("sizeBytes", 1000);
        data.put("wordCount", 900);
        data.putNull("reason");
        actor(data);
        return event;
    }

    public static ObjectNode checked(ObjectNode event) {
        assertThat(EventSchemas.validate(event)).as(event.path("type").asText()).isEmpty();
        return event;
    }

    /** Publishes an event to its topic, keyed by its aggregate, after checking it against its schema. */
    public static void publish(String topic, ObjectNode event) {
        checked(event);
        KafkaEvents.send(topic, event.path("aggregateId").asText(), event.toString());
    }

    /** {@link #publish(String, ObjectNode)}, as if the event had been produced at {@code producedAt}. */
    public static void publishProducedAt(String topic, ObjectNode event, Instant producedAt) {
        checked(event);
        KafkaEvents.send(topic, event.path("aggregateId").asText(), event.toString(), producedAt);
    }

    /** An organisation known to the service, with this address and language, accredited to the body. */
    public static String organisation(String email, String language) {
        String organisation = newOrganisationId();
        publish(APPLICATIONS_TOPIC, application("submitted", organisation, "Access Now", email, language, "SUBMITTED"));
        return organisation;
    }
}
