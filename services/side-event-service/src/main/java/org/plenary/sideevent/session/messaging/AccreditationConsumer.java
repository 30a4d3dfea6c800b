package org.plenary.sideevent.session.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;

/**
 * Keeps {@code accreditation} equal to the accreditation service's applications
 * ({@code accreditation.application.events}): each organisation's status with each body. A replayed or older event
 * never overwrites a newer one. A suspension cancels nothing: the organisation keeps its side events, and only
 * proposing and editing are refused until it is reinstated.
 */
@ApplicationScoped
public class AccreditationConsumer {

    static final String CONSUMER = "accreditations";
    static final String TYPE_PREFIX = "accreditation.application.";

    private static final String UPSERT = "insert into accreditation (organisation_id, body_id, status, accredited_at,"
            + " updated_at, organisation_name) values (:organisation, :body, :status, :accredited, :at, :name)"
            + " on conflict (organisation_id, body_id) do update set status = excluded.status,"
            + " accredited_at = excluded.accredited_at, updated_at = excluded.updated_at,"
            + " organisation_name = coalesce(excluded.organisation_name, accreditation.organisation_name)"
            + " where accreditation.updated_at <= excluded.updated_at";

    private final Inbox inbox;

    public AccreditationConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("accreditations")
    public Uni<Void> on(String payload) {
        return inbox.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        if (event.type() == null || !event.type().startsWith(TYPE_PREFIX)) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        String organisationId = SessionConsumer.required(data, "organisationId");
        String bodyId = SessionConsumer.required(data, "bodyId");
        String status = SessionConsumer.required(data, "status");
        JsonNode name = data.path("organisation").path("name");
        String organisationName = name.isTextual() && !name.asText().isBlank() ? name.asText() : null;
        Instant accreditedAt;
        try {
            accreditedAt = data.hasNonNull("accreditedAt")
                    ? Instant.parse(data.get("accreditedAt").asText())
                    : null;
        } catch (DateTimeException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("organisation", organisationId)
                        .setParameter("body", bodyId)
                        .setParameter("status", status)
                        .setParameter("accredited", accreditedAt)
                        .setParameter("at", event.occurredAt())
                        .setParameter("name", organisationName)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
