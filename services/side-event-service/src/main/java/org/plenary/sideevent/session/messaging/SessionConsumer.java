package org.plenary.sideevent.session.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;

/**
 * Keeps {@code session_copy} equal to the registration service's sessions ({@code registration.session.events},
 * whose events carry the whole session). A replayed or older event never overwrites a newer one.
 */
@ApplicationScoped
public class SessionConsumer {

    static final String CONSUMER = "sessions";
    static final String CREATED = "registration.session.created";
    static final String UPDATED = "registration.session.updated";

    private static final String UPSERT = "insert into session_copy (id, body_id, title, venue, time_zone, start_date,"
            + " end_date, proposal_deadline, events_per_organiser, last_event_at)"
            + " values (:id, :body, :title, :venue, :zone, :start, :end, :deadline, :limit, :at)"
            + " on conflict (id) do update set body_id = excluded.body_id, title = excluded.title,"
            + " venue = excluded.venue, time_zone = excluded.time_zone, start_date = excluded.start_date,"
            + " end_date = excluded.end_date, proposal_deadline = excluded.proposal_deadline,"
            + " last_event_at = excluded.last_event_at"
            + " where session_copy.last_event_at <= excluded.last_event_at";

    private final Inbox inbox;
    private final int defaultEventsPerOrganiser;

    public SessionConsumer(
            Inbox inbox, @ConfigProperty(name = "sideevent.events-per-organiser") int defaultEventsPerOrganiser) {
        this.inbox = inbox;
        this.defaultEventsPerOrganiser = defaultEventsPerOrganiser;
    }

    @Incoming("sessions")
    public Uni<Void> on(String payload) {
        return inbox.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        if (!CREATED.equals(event.type()) && !UPDATED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        UUID id;
        ZoneId zone;
        LocalDate start;
        LocalDate end;
        Instant deadline;
        try {
            id = UUID.fromString(required(data, "sessionId"));
            zone = ZoneId.of(required(data, "timeZone"));
            start = LocalDate.parse(required(data, "startDate"));
            end = LocalDate.parse(required(data, "endDate"));
            deadline = data.hasNonNull("sideEventProposalDeadline")
                    ? Instant.parse(data.get("sideEventProposalDeadline").asText())
                    : null;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        if (end.isBefore(start)) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": the session ends before it starts");
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("id", id)
                        .setParameter("body", required(data, "bodyId"))
                        .setParameter("title", required(data, "title"))
                        .setParameter("venue", required(data, "venue"))
                        .setParameter("zone", zone.getId())
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("deadline", deadline)
                        .setParameter("limit", defaultEventsPerOrganiser)
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }

    static String required(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new PoisonEventException("the event's data has no " + field);
        }
        return value.asText();
    }
}
