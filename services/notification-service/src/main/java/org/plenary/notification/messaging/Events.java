package org.plenary.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import org.plenary.platform.inbox.PoisonEventException;

/** Reading the fields of an event's data; a field that must be there and is not makes the event a dead letter. */
final class Events {

    private Events() {}

    static String required(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new PoisonEventException("the event's data has no " + field);
        }
        return value.asText();
    }

    static String optional(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    static Instant instant(JsonNode data, String field) {
        String value = required(data, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new PoisonEventException(field + " is not an instant: " + value, e);
        }
    }
}
