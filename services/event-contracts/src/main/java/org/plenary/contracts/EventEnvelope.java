package org.plenary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON body of every Plenary event. The same id, source, type, subject and time travel as CloudEvents
 * headers ({@code ce_id}, {@code ce_source}, ...); the Kafka key is {@link #aggregateId()}.
 *
 * @param id            unique event id, the consumers' idempotency key
 * @param type          event type, one of {@link EventTypes}
 * @param source        the service that emitted it, e.g. {@code /plenary/accreditation-service}
 * @param subject       the entity the event is about (an application, a registration, ...)
 * @param aggregateType the aggregate that orders the event, e.g. {@code organisation}
 * @param aggregateId   the aggregate's id, also the Kafka key
 * @param occurredAt    when the change was committed
 * @param schemaVersion the version of the event's schema
 * @param correlationId the request or event that caused this event
 * @param data          the event's payload, described by the type's JSON Schema
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        String aggregateType,
        String aggregateId,
        Instant occurredAt,
        int schemaVersion,
        String correlationId,
        JsonNode data) {}
