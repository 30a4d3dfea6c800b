package org.plenary.submission.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.inbox.Inbox;

/**
 * Keeps this service's copies of sessions, accreditations and bodies' policies from the other services' events, each event
 * applied once through the inbox; an older event never overwrites a newer copy.
 */
@ApplicationScoped
public class Projections {

    static final String SESSIONS = "sessions";
    static final String ACCREDITATIONS = "accreditations";
    static final String BODIES = "bodies";

    private final Inbox inbox;

    public Projections(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("sessions")
    public Uni<Void> onSession(String payload) {
        return inbox.apply(SESSIONS, payload, this::applySession);
    }

    @Incoming("accreditations")
    public Uni<Void> onAccreditation(String payload) {
        return inbox.apply(ACCREDITATIONS, payload, this::applyAccreditation);
    }

    @Incoming("bodies")
    public Uni<Void> onBody(String payload) {
        return inbox.apply(BODIES, payload, this::applyBody);
    }

    Uni<Void> applySession(EventEnvelope event) {
        if (!event.type().startsWith("registration.session.")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("sessionId").asText());
        return SessionCopy.<SessionCopy>findById(id).chain(existing -> {
            if (existing != null && existing.updatedAt.isAfter(event.occurredAt())) {
                return Uni.createFrom().voidItem();
            }
            SessionCopy copy = existing != null ? existing : new SessionCopy();
            copy.sessionId = id;
            copy.bodyId = data.path("bodyId").asText();
            copy.title = data.path("title").asText();
            copy.timeZone = data.path("timeZone").asText();
            copy.participation = data.path("participation").asText();
            copy.accreditationCutoff = instant(data, "accreditationCutoff");
            copy.submissionDeadline = instant(data, "submissionDeadline");
            copy.endDate = data.hasNonNull("endDate")
                    ? LocalDate.parse(data.path("endDate").asText())
                    : null;
            copy.wordLimit = data.hasNonNull("submissionWordLimit")
                    ? data.path("submissionWordLimit").asInt()
                    : null;
            copy.scansAllowed = data.path("submissionScansAllowed").asBoolean(false);
            copy.updatedAt = event.occurredAt();
            return existing != null
                    ? Uni.createFrom().voidItem()
                    : copy.persist().replaceWithVoid();
        });
    }

    Uni<Void> applyAccreditation(EventEnvelope event) {
        if (!event.type().startsWith("accreditation.application.")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        AccreditationCopy.Key key = new AccreditationCopy.Key(
                data.path("organisationId").asText(), data.path("bodyId").asText());
        return AccreditationCopy.<AccreditationCopy>findById(key).chain(existing -> {
            if (existing != null && existing.updatedAt.isAfter(event.occurredAt())) {
                return Uni.createFrom().voidItem();
            }
            AccreditationCopy copy = existing != null ? existing : new AccreditationCopy();
            copy.id = key;
            copy.status = data.path("status").asText();
            copy.accreditedAt = instant(data, "accreditedAt");
            JsonNode name = data.path("organisation").path("name");
            if (name.isTextual() && !name.asText().isBlank()) {
                copy.organisationName = name.asText();
            }
            copy.updatedAt = event.occurredAt();
            return existing != null
                    ? Uni.createFrom().voidItem()
                    : copy.persist().replaceWithVoid();
        });
    }

    Uni<Void> applyBody(EventEnvelope event) {
        if (!event.type().startsWith("accreditation.body.")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        String bodyId = data.path("bodyId").asText();
        return BodyPolicyCopy.<BodyPolicyCopy>findById(bodyId).chain(existing -> {
            if (existing != null && existing.updatedAt.isAfter(event.occurredAt())) {
                return Uni.createFrom().voidItem();
            }
            BodyPolicyCopy copy = existing != null ? existing : new BodyPolicyCopy();
            copy.bodyId = bodyId;
            // A body event from before the policy existed says nothing of it: the default.
            copy.revokedSubmissions = data.path("revokedSubmissions").asText(BodyPolicyCopy.KEEP_MARKED);
            copy.updatedAt = event.occurredAt();
            return existing != null
                    ? Uni.createFrom().voidItem()
                    : copy.persist().replaceWithVoid();
        });
    }

    private static Instant instant(JsonNode data, String field) {
        return data.hasNonNull(field) ? Instant.parse(data.path(field).asText()) : null;
    }
}
