package org.plenary.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service under test's own OpenAPI document ({@code /q/openapi} on its management interface), read as its
 * operations.
 */
public final class OpenApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One operation: {@code name} is {@code "POST /sessions/{sessionId}/registrations"}. */
    public record Operation(String method, String path, JsonNode node, JsonNode document) {

        public String name() {
            return method + " " + path;
        }

        /** The body's media types, in the document's order (empty when it takes none). */
        public List<String> bodyTypes() {
            List<String> types = new ArrayList<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        /** The schema of the JSON body, with a top-level {@code $ref} resolved (missing when there is none). */
        public JsonNode jsonBodySchema() {
            return resolve(node.path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema"));
        }

        /** A schema with its {@code $ref} (into {@code components/schemas}) followed. */
        public JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
                String ref = current.path("$ref").asText();
                current = document.at(ref.substring(1));
            }
            return current;
        }

        /** Whether the operation answers with a page (a link people follow from a mail), not an API's JSON. */
        public boolean answersWithPages() {
            for (JsonNode response : node.path("responses")) {
                if (response.path("content").has("text/html")) {
                    return true;
                }
            }
            return false;
        }

        public Iterable<JsonNode> parameters() {
            return node.path("parameters");
        }
    }

    private OpenApi() {}

    /** Every operation of the document served by the service under test. */
    public static List<Operation> operations() {
        JsonNode document;
        try {
            document = MAPPER.readTree(Management.given()
                    .queryParam("format", "json")
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path.getKey(), op.getValue(), document));
                }
            }
        }
        return operations;
    }
}
