package org.plenary.notification.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.plenary.contracts.EventEnvelope;

/**
 * Writes one webhook delivery per matching subscription for a consumed event, in the caller's (the inbox's)
 * transaction: subscriptions of the secretariat (no organisation) for the event's type, and those of the one
 * organisation the event is about. The body is the event as a CloudEvent (structured JSON, CloudEvents 1.0).
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Clock REAL_TIME = Clock.systemUTC();
    private static final String FAN_OUT = "insert into webhook_delivery (id, subscription_id, event_id, event_type,"
            + " payload, created_at, next_attempt_at)"
            + " select gen_random_uuid(), w.id, cast(:event as uuid), cast(:type as text), cast(:payload as text),"
            + " cast(:now as timestamptz), cast(:now as timestamptz) from webhook_subscription w"
            + " where ((',' || w.event_types || ',') like ('%,' || cast(:type as text) || ',%')"
            + " or (',' || w.event_types || ',') like '%,*,%')"
            + " and (w.organisation_id is null or w.organisation_id = cast(:organisation as text))"
            + " on conflict (subscription_id, event_id) do nothing";

    private final ObjectMapper mapper;

    public WebhookFanOut(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param organisationId the organisation the event is about, or null for an event about none (a session)
     */
    public Uni<Void> fanOut(EventEnvelope event, String organisationId) {
        String payload = cloudEvent(event).toString();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(FAN_OUT)
                        .setParameter("event", event.id().toString())
                        .setParameter("type", event.type())
                        .setParameter("payload", payload)
                        .setParameter("now", REAL_TIME.instant())
                        .setParameter("organisation", organisationId == null ? "" : organisationId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    ObjectNode cloudEvent(EventEnvelope event) {
        ObjectNode json = mapper.createObjectNode();
        json.put("specversion", "1.0");
        json.put("id", event.id().toString());
        json.put("source", event.source());
        json.put("type", event.type());
        if (event.subject() != null) {
            json.put("subject", event.subject());
        }
        json.put("time", event.occurredAt().toString());
        json.put("datacontenttype", "application/json");
        json.set("data", event.data());
        return json;
    }
}
