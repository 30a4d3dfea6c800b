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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.EventSchemas;
import org.plenary.platform.Correlation;
import org.plenary.platform.problem.RuleViolation;

/**
 * Records an event in the outbox table. Call it inside the transaction that makes the change (a
 * {@code @WithTransaction} method): the event is committed, or rolled back, with the change, and
 * {@link OutboxRelay} publishes it afterwards.
 *
 * <p>Every event is checked against its type's JSON Schema before it is recorded: a change whose event its
 * consumers could not read is refused here, with the change, rather than dead-lettered downstream.
 */
@ApplicationScoped
public class Outbox {

    private static final Pattern SCHEMA_MESSAGE = Pattern.compile("^(\\S*): (.*)$", Pattern.DOTALL);

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

    /**
     * A schema message about the event's data, with the location named as the request names its fields:
     * {@code /data/meetingParts/0/name: ...} becomes {@code meetingParts[0].name: ...}.
     */
    static String readable(String problem) {
        Matcher m = SCHEMA_MESSAGE.matcher(problem);
        if (!m.matches()) {
            return problem;
        }
        String location = m.group(1).replaceFirst("^\\$", "").replaceFirst("^[./]data", "");
        StringBuilder field = new StringBuilder();
        for (String part : location.split("[./]")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.matches("\\d+")) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(part);
            }
        }
        return (field.length() == 0 ? "(body)" : field) + ": " + m.group(2);
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
     * @throws IllegalArgumentException for an event type that has no schema (a programming error)
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
        List<String> problems = EventSchemas.validate(mapper.valueToTree(envelope)).stream()
                .map(Outbox::readable)
                .toList();
        if (!problems.isEmpty()) {
            // The request passed its own validation but describes a change the event contract cannot carry.
            return Uni.createFrom()
                    .failure(new RuleViolation(
                            Response.Status.BAD_REQUEST,
                            "invalid-change",
                            "The change cannot be recorded",
                            "The change does not fit the " + type + " event its readers expect: "
                                    + String.join("; ", problems),
                            Map.of("eventType", type, "problems", problems)));
        }
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
