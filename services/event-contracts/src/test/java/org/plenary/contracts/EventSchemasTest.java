package org.plenary.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode accredited() throws IOException {
        return (ObjectNode) MAPPER.readTree("""
                {"id":"6f1c2c4e-8d0e-4c8e-9a53-5d2b3f0b7a11","type":"accreditation.application.accredited",
                 "source":"/plenary/accreditation-service","subject":"0b7c1f52-2f7e-4a8e-9a53-1d2b3f0b7a22",
                 "aggregateType":"organisation","aggregateId":"hrw","occurredAt":"2026-01-10T09:00:00Z",
                 "schemaVersion":1,"correlationId":"c-1",
                 "data":{"applicationId":"0b7c1f52-2f7e-4a8e-9a53-1d2b3f0b7a22","organisationId":"hrw",
                   "bodyId":"ahc-cybercrime","status":"ACCREDITED","previousStatus":"SUBMITTED",
                   "organisation":{"name":"Human Rights Watch","acronym":"HRW","country":"US","type":"NGO",
                     "website":"https://www.hrw.org","ecosocStatus":"SPECIAL"},
                   "nonObjectionEndsAt":null,"accreditedAt":"2026-01-10T09:00:00Z","reason":null,
                   "actor":{"role":"system","subject":"ecosoc-fast-track"}}}""");
    }

    @Test
    void aValidEventPasses() throws IOException {
        assertEquals(List.of(), EventSchemas.validate(accredited()));
    }

    @Test
    void anEventWithAMissingFieldOrAWrongValueFails() throws IOException {
        ObjectNode missing = accredited();
        ((ObjectNode) missing.get("data")).remove("bodyId");
        assertFalse(EventSchemas.validate(missing).isEmpty());

        ObjectNode wrong = accredited();
        ((ObjectNode) wrong.get("data").get("organisation")).put("country", "Austria");
        assertFalse(EventSchemas.validate(wrong).isEmpty());

        ObjectNode badTime = accredited();
        badTime.put("occurredAt", "yesterday");
        assertFalse(EventSchemas.validate(badTime).isEmpty());

        ObjectNode otherType = accredited();
        otherType.put("aggregateType", "session");
        assertFalse(EventSchemas.validate(otherType).isEmpty());
    }

    private static ObjectNode bodyDefined() throws IOException {
        return (ObjectNode) MAPPER.readTree("""
                {"id":"7a2d3c4e-8d0e-4c8e-9a53-5d2b3f0b7a33","type":"accreditation.body.defined",
                 "source":"/plenary/accreditation-service","subject":"ahc-cybercrime",
                 "aggregateType":"body","aggregateId":"ahc-cybercrime","occurredAt":"2025-11-01T09:00:00Z",
                 "schemaVersion":1,"correlationId":null,
                 "data":{"bodyId":"ahc-cybercrime","name":"Ad Hoc Committee on Cybercrime","accreditationOpen":false,
                   "nonObjectionDays":30,"ecosocFastTrack":"ON_CONFIRMATION","objectionDisclosure":"REASON_ONLY",
                   "revokedSubmissions":"WITHDRAW","actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""");
    }

    /** A body's policy on a revoked organisation's submissions is optional (older events), and one of two values. */
    @Test
    void aBodyEventMayCarryItsRevokedSubmissionsPolicy() throws IOException {
        assertEquals(List.of(), EventSchemas.validate(bodyDefined()));

        ObjectNode older = bodyDefined();
        ((ObjectNode) older.get("data")).remove("revokedSubmissions");
        assertEquals(List.of(), EventSchemas.validate(older));

        ObjectNode wrong = bodyDefined();
        ((ObjectNode) wrong.get("data")).put("revokedSubmissions", "HIDE");
        assertFalse(EventSchemas.validate(wrong).isEmpty());
    }

    @Test
    void anUnknownTypeHasNoSchema() throws IOException {
        ObjectNode unknown = accredited();
        unknown.put("type", "accreditation.application.teleported");
        assertFalse(EventSchemas.isKnown("accreditation.application.teleported"));
        assertThrows(IllegalArgumentException.class, () -> EventSchemas.validate(unknown));
    }

    /** Every type constant in every *Events class has its schema, and every schema file names its own type. */
    @Test
    void everyEventTypeHasASchemaAndEverySchemaIsWellFormed() throws Exception {
        List<String> types = new ArrayList<>();
        List<Class<?>> eventClasses = new ArrayList<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/plenary/contracts"))) {
            for (Path source : sources.filter(p -> p.getFileName().toString().endsWith("Events.java"))
                    .toList()) {
                eventClasses.add(Class.forName("org.plenary.contracts."
                        + source.getFileName().toString().replace(".java", "")));
            }
        }
        assertTrue(eventClasses.contains(AccreditationEvents.class));
        for (Class<?> events : eventClasses) {
            for (Field field : events.getFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        && field.getType() == String.class
                        && !field.getName().endsWith("_TOPIC")) {
                    types.add((String) field.get(null));
                }
            }
        }
        assertFalse(types.isEmpty());
        for (String type : types) {
            assertTrue(EventSchemas.isKnown(type), "no schema for " + type);
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/schemas"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode schema = MAPPER.readTree(file.toFile());
                assertEquals(
                        "https://json-schema.org/draft/2020-12/schema",
                        schema.path("$schema").asText(),
                        file.toString());
                if (file.getParent().endsWith("schemas")) {
                    String type = file.getFileName().toString().replace(".json", "");
                    assertEquals(
                            type,
                            schema.path("properties").path("type").path("const").asText(),
                            file.toString());
                }
            }
        }
    }
}
