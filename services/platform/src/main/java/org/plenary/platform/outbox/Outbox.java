package org.plenary.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.Correlation;
import org.plenary.platform.problem.RuleViolation;

/**
 * Records an event in the outbox table. Call it inside the transaction that makes the change (a
 * {@code @WithTransaction} method): the event is committed, or rolled back, with the change, and
 * {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;

    private final int maxEventBytes;

    public Outbox(
            ObjectMapper mapper,
            Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application,
            // Under the broker's default max.message.bytes (1 MiB) with room for the headers.
            @ConfigProperty(name = "plenary.outbox.max-event-bytes", defaultValue = "1000000") int maxEventBytes) {
        this.mapper = mapper;
        this.clock = clock;
        this.source = sourceOf(application);
        this.maxEventBytes = maxEventBytes;
    }

    static String sourceOf(String application) {
        return "/plenary/" + application;
    }

    /**
     * Adds one event to the current transaction.
     *
     * @param topic         where the relay publishes it
     * @param aggregateType what orders the event (its Kafka key names one of these)
     * @param aggregateId   the Kafka key
     * @param subject       the entity the event is about
     * @param type          the event type, which has a JSON Schema in the contracts module
     * @param data          the payload, serialised with Jackson
     * @return the envelope that was stored
     */
    public Uni<EventEnvelope> record(
            String topic, String aggregateType, String aggregateId, String subject, String type, Object data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = new EventEnvelope(
                id,
                type,
                source,
                subject,
                aggregateType,
                aggregateId,
                now,
                1,
                Correlation.current().orElse(id.toString()),
                mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = type;
        row.subject = subject;
        row.occurredAt = now;
        try {
            row.payload = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("event " + type + " cannot be serialised", e));
        }
        int bytes = row.payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            // Refused at the door, with the change it reports: Kafka would refuse the event for ever.
            return Uni.createFrom()
                    .failure(new RuleViolation(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "event-too-large",
                            "The change is too large to record",
                            "The change would make a " + type + " event of " + bytes + " bytes; the limit is "
                                    + maxEventBytes + " bytes. Send less (shorter texts, fewer items).",
                            Map.of("limitBytes", maxEventBytes, "eventBytes", bytes)));
        }
        return row.persist().replaceWith(envelope);
    }
}
