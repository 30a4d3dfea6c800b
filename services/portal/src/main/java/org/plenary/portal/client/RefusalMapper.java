package org.plenary.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's problem+json (or any answer of 400 and above) into a {@link Refusal}. */
public class RefusalMapper implements ResponseExceptionMapper<Refusal> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Refusal toThrowable(Response response) {
        return read(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static Refusal read(int status, String body) {
        JsonNode problem = parse(body);
        List<Refusal.FieldError> fields = new ArrayList<>();
        for (JsonNode violation : problem.path("violations")) {
            fields.add(new Refusal.FieldError(
                    violation.path("field").asText(""),
                    violation.path("message").asText("")));
        }
        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : problem.path("reasons")) {
            if (reason.hasNonNull("detail")) {
                reasons.add(reason.get("detail").asText());
            }
        }
        return new Refusal(
                status,
                problem.path("rule").asText(status == 404 ? "not-found" : "refused"),
                problem.path("detail").asText(""),
                fields,
                reasons);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
