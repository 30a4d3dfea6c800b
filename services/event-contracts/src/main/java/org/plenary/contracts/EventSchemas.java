package org.plenary.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates an event against the JSON Schema of its type ({@code classpath:schemas/<type>.json}). Producers
 * are tested against it and consumers send an event that does not validate to their dead-letter topic.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** Whether a schema exists for this event type. */
    public static boolean isKnown(String type) {
        return type != null
                && type.matches("[a-z0-9.-]+")
                && EventSchemas.class.getResource("/schemas/" + type + ".json") != null;
    }

    /**
     * The problems found in one event (envelope and data), empty when it is valid.
     *
     * @throws IllegalArgumentException for an event type that has no schema
     */
    public static List<String> validate(JsonNode event) {
        String type = event.path("type").asText(null);
        if (!isKnown(type)) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
        JsonSchema schema = SCHEMAS.computeIfAbsent(
                type, t -> FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + t + ".json"), CONFIG));
        return schema.validate(event).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
