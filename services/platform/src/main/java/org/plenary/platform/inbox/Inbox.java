package org.plenary.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.EventSchemas;
import org.plenary.platform.Correlation;

/**
 * Applies consumed events at most once per consumer. The event id is recorded in {@code processed_event} in
 * the same transaction as the consumer's change; a redelivered event finds its id there and changes
 * nothing. An event that cannot be read or does not match its schema fails with
 * {@link PoisonEventException}, which the channel's dead-letter strategy sends to the dead-letter topic
 * with the reason, and the consumer carries on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String RECORD = "insert into processed_event (consumer, event_id, processed_at)"
            + " values (:consumer, :eventId, :at) on conflict do nothing";

    private final ObjectMapper mapper;
    private final Clock clock;

    private final int retries;
    private final Duration backOff;

    public Inbox(
            ObjectMapper mapper,
            Clock clock,
            @ConfigProperty(name = "plenary.inbox.retries", defaultValue = "3") int retries,
            @ConfigProperty(name = "plenary.inbox.retry-back-off", defaultValue = "PT0.2S") Duration backOff) {
        this.mapper = mapper;
        this.clock = clock;
        this.retries = retries;
        this.backOff = backOff;
    }

    /**
     * Reads, checks and applies one event in one transaction. A failure (a deadlock, the database away) is
     * retried with back-off ({@code plenary.inbox.retries}, default 3) before the event goes to the
     * dead-letter topic; an event that can never be applied goes there at once.
     *
     * @param consumer a name for this consumer, unique in the service
     * @param payload  the Kafka record's value
     * @param handler  the change; it runs inside the transaction, and only on the first delivery
     */
    public Uni<Void> apply(String consumer, String payload, Function<EventEnvelope, Uni<Void>> handler) {
        EventEnvelope event;
        try {
            event = read(payload);
        } catch (PoisonEventException e) {
            return Uni.createFrom().failure(e);
        }
        Correlation.set(event.correlationId());
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(RECORD)
                                .setParameter("consumer", consumer)
                                .setParameter("eventId", event.id())
                                .setParameter("at", clock.instant())
                                .executeUpdate())
                        .chain(inserted -> {
                            if (inserted == 0) {
                                LOG.debugf("%s: event %s already applied, skipped", consumer, event.id());
                                return Uni.createFrom().voidItem();
                            }
                            return handler.apply(event);
                        }))
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .invoke(failure -> LOG.warnf(
                        "%s: event %s (%s) failed, will retry: %s",
                        consumer, event.id(), event.type(), failure.getMessage()))
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry()
                .withBackOff(backOff, backOff.multipliedBy(10))
                .atMost(retries);
    }

    /** Parses and validates an event, or throws {@link PoisonEventException} saying why it cannot be applied. */
    public EventEnvelope read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException("empty message");
        }
        JsonNode json;
        try {
            json = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        String type = json.path("type").asText("");
        if (EventSchemas.isKnown(type)) {
            List<String> problems = EventSchemas.validate(json);
            if (!problems.isEmpty()) {
                throw new PoisonEventException(type + " does not match its schema: " + String.join("; ", problems));
            }
        } else if (!json.hasNonNull("id") || !json.hasNonNull("type") || !json.has("data")) {
            throw new PoisonEventException("not a Plenary event: id, type or data missing");
        }
        try {
            return mapper.treeToValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("not a Plenary event: " + e.getMessage(), e);
        }
    }
}
