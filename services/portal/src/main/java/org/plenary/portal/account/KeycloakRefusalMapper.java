package org.plenary.portal.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Keycloak's answers of 400 and above ({@code {"errorMessage": ...}} or {@code {"error": ...}}) as a refusal. */
public class KeycloakRefusalMapper implements ResponseExceptionMapper<KeycloakRefusal> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public KeycloakRefusal toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new KeycloakRefusal(response.getStatus(), message(body));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                for (String field : new String[] {"errorMessage", "error_description", "error"}) {
                    if (node.hasNonNull(field)) {
                        return node.get(field).asText();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // not JSON: the text itself
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
