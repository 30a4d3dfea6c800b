package org.plenary.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.notification.webhook.WebhookFanOut;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;

/**
 * Keeps {@code session_copy} equal to the registration service's sessions ({@code registration.session.events},
 * whose events carry the whole session): dates, venue, time zone and registration deadline.
 */
@ApplicationScoped
public class SessionConsumer {

    static final String CONSUMER = "sessions";
    static final String PROJECTION = "sessions-projection";

    private static final String UPSERT = "insert into session_copy (id, body_id, title, venue, time_zone, start_date,"
            + " end_date, registration_deadline, participation, last_event_at)"
            + " values (:id, :body, :title, :venue, :zone, :start, :end, :deadline, :participation, :at)"
            + " on conflict (id) do update set body_id = excluded.body_id, title = excluded.title,"
            + " venue = excluded.venue, time_zone = excluded.time_zone, start_date = excluded.start_date,"
            + " end_date = excluded.end_date, registration_deadline = excluded.registration_deadline,"
            + " participation = excluded.participation, last_event_at = excluded.last_event_at"
            + " where session_copy.last_event_at <= excluded.last_event_at";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final FirstStart firstStart;

    public SessionConsumer(Inbox inbox, WebhookFanOut webhooks, FirstStart firstStart) {
        this.firstStart = firstStart;
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @Incoming("sessions")
    public Uni<Void> on(String payload, IncomingKafkaRecordMetadata<String, String> record) {
        return inbox.apply(
                CONSUMER,
                payload,
                event -> firstStart.learnOrTell(
                        record, () -> apply(event), () -> apply(event).chain(() -> webhooks.fanOut(event, null))));
    }

    Uni<Void> apply(EventEnvelope event) {
        if (!RegistrationEvents.SESSION_CREATED.equals(event.type())
                && !RegistrationEvents.SESSION_UPDATED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        UUID id;
        ZoneId zone;
        LocalDate start;
        LocalDate end;
        try {
            id = UUID.fromString(Events.required(data, "sessionId"));
            zone = ZoneId.of(Events.required(data, "timeZone"));
            start = LocalDate.parse(Events.required(data, "startDate"));
            end = LocalDate.parse(Events.required(data, "endDate"));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("id", id)
                        .setParameter("body", Events.required(data, "bodyId"))
                        .setParameter("title", Events.required(data, "title"))
                        .setParameter("venue", Events.required(data, "venue"))
                        .setParameter("zone", zone.getId())
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("deadline", Events.instant(data, "registrationDeadline"))
                        .setParameter("participation", Events.required(data, "participation"))
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
