package org.plenary.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
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
import org.plenary.platform.failure.PassingFailures;

/**
 * Applies consumed events at most once per consumer. The event id is recorded in {@code processed_event} in
 * the same transaction as the consumer's change; a redelivered event finds its id there and changes
 * nothing. A failure that passes (the database away) is waited out, however long it lasts; an event that
 * cannot be read or does not match its schema fails with {@link PoisonEventException}, and one that fails
 * otherwise after a few attempts, which the channel's dead-letter strategy sends to the dead-letter topic
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
    private final Duration maxBackOff;

    public Inbox(
            ObjectMapper mapper,
            Clock clock,
            @ConfigProperty(name = "plenary.inbox.retries", defaultValue = "3") int retries,
            @ConfigProperty(name = "plenary.inbox.retry-back-off", defaultValue = "PT0.2S") Duration backOff,
            @ConfigProperty(name = "plenary.inbox.max-back-off", defaultValue = "PT30S") Duration maxBackOff) {
        this.mapper = mapper;
        this.clock = clock;
        this.retries = retries;
        this.backOff = backOff;
        this.maxBackOff = maxBackOff;
    }

    /**
     * Reads, checks and applies one event in one transaction.
     *
     * <ul>
     *   <li>A failure that passes by itself ({@link PassingFailures}: the database unreachable or restarting, a lock
     *       or serialization failure) is waited out: the event is tried again, with a back-off that doubles from
     *       {@code plenary.inbox.retry-back-off} up to {@code plenary.inbox.max-back-off}, for as long as it lasts.
     *       The consumer pauses on this event meanwhile, so that its key's order is kept, and nothing is
     *       dead-lettered because of an outage.
     *   <li>Any other failure is tried {@code plenary.inbox.retries} more times (default 3), then the event goes to
     *       the dead-letter topic with the failure as its reason.
     *   <li>An event that cannot be read, or does not match its schema, goes there at once.
     * </ul>
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
        return attempt(consumer, event, handler, 1, Vertx.currentContext());
    }

    private Uni<Void> attempt(
            String consumer, EventEnvelope event, Function<EventEnvelope, Uni<Void>> handler, int attempt, Context on) {
        return once(consumer, event, handler)
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .recoverWithUni(failure -> {
                    PassingFailures.Kind kind = PassingFailures.kind(failure);
                    if (kind == PassingFailures.Kind.LASTING && attempt > retries) {
                        return Uni.createFrom().failure(failure);
                    }
                    Duration wait = backOff(attempt);
                    LOG.warnf(
                            "%s: event %s (%s) failed (attempt %d, %s), trying again in %d ms: %s",
                            consumer,
                            event.id(),
                            event.type(),
                            attempt,
                            kind == PassingFailures.Kind.LASTING ? "failure" : "passing failure",
                            wait.toMillis(),
                            failure.getMessage());
                    return after(wait, on).chain(() -> attempt(consumer, event, handler, attempt + 1, on));
                });
    }

    private Uni<Void> once(String consumer, EventEnvelope event, Function<EventEnvelope, Uni<Void>> handler) {
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
                }));
    }

    /**
     * Applies read events in their order in one transaction, each at most once as {@link #apply} does, for a
     * rebuild: there one commit per event costs more than the events. The session is flushed and cleared after
     * each event, so that each handler finds the one before it written, as it would in a transaction of its own.
     * Nothing is retried here: at the first failure the whole transaction is rolled back, and the caller applies
     * the same events one by one through {@link #apply}, which waits out a passing failure and isolates an event
     * that cannot be applied.
     */
    public Uni<Void> applyInOneTransaction(
            String consumer, List<EventEnvelope> events, Function<EventEnvelope, Uni<Void>> handler) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(
                () -> Panache.getSession().chain(session -> inOrder(session, consumer, events, 0, handler)));
    }

    private Uni<Void> inOrder(
            org.hibernate.reactive.mutiny.Mutiny.Session session,
            String consumer,
            List<EventEnvelope> events,
            int index,
            Function<EventEnvelope, Uni<Void>> handler) {
        if (index == events.size()) {
            return Uni.createFrom().voidItem();
        }
        EventEnvelope event = events.get(index);
        Correlation.set(event.correlationId());
        return session.createNativeQuery(RECORD)
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("at", clock.instant())
                .executeUpdate()
                .chain(inserted -> inserted == 0
                        ? Uni.createFrom().voidItem()
                        : handler.apply(event).chain(session::flush).invoke(session::clear))
                .chain(() -> inOrder(session, consumer, events, index + 1, handler));
    }

    /** The back-off before attempt {@code attempt + 1}: doubling from the first, capped. */
    Duration backOff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration wait = backOff.multipliedBy(factor);
        return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
    }

    /** Completes after {@code wait}, on the Vert.x context the event arrived on (Panache needs it). */
    private static Uni<Void> after(Duration wait, Context on) {
        if (on == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(wait);
        }
        return Uni.createFrom()
                .emitter(emitter -> on.owner()
                        .setTimer(
                                Math.max(1, wait.toMillis()),
                                timer -> on.runOnContext(ignored -> emitter.complete(null))));
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
