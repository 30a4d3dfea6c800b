package org.plenary.notification.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.inbox.Inbox;

/**
 * Keeps {@code body_copy} equal to the accreditation service's bodies ({@code accreditation.body.events}): each
 * body's objection disclosure policy, which decides whether an objection's mail tells its reason.
 */
@ApplicationScoped
public class BodyConsumer {

    static final String CONSUMER = "bodies";

    private static final String UPSERT = "insert into body_copy (body_id, objection_disclosure, updated_at)"
            + " values (:body, :disclosure, :at) on conflict (body_id) do update"
            + " set objection_disclosure = excluded.objection_disclosure, updated_at = excluded.updated_at"
            + " where body_copy.updated_at <= excluded.updated_at";

    private final Inbox inbox;

    public BodyConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("bodies")
    public Uni<Void> on(String payload) {
        return inbox.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        if (!AccreditationEvents.BODY_DEFINED.equals(event.type())
                && !AccreditationEvents.BODY_UPDATED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("body", Events.required(event.data(), "bodyId"))
                        .setParameter("disclosure", Events.required(event.data(), "objectionDisclosure"))
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
