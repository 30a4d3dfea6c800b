package org.plenary.portal.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.plenary.portal.stub.ServiceStubs;

/**
 * Keycloak stubbed inside the test application under {@code /stub/keycloak/...}: the realm's token endpoint (the
 * portal's client-credentials token, {@code service-token}) and the Admin REST API, answering what each test set in
 * {@link ServiceStubs} under {@code "METHOD /keycloak/admin/..."}. Every write is recorded as
 * {@code "METHOD /path body"}.
 */
@Path("/stub/keycloak")
public class KeycloakStubResource {

    private final ServiceStubs stubs;
    private final HttpServerRequest request;

    public KeycloakStubResource(ServiceStubs stubs, HttpServerRequest request) {
        this.stubs = stubs;
        this.request = request;
    }

    @POST
    @Path("/realm/protocol/openid-connect/token")
    public Response token(String body) {
        return Response.ok("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                .type("application/json")
                .build();
    }

    @GET
    @Path("{path:.*}")
    public Response get(@PathParam("path") String path) {
        return answer("GET", path, null);
    }

    @POST
    @Path("{path:.*}")
    public Response post(@PathParam("path") String path, String body) {
        return answer("POST", path, body);
    }

    @PUT
    @Path("{path:.*}")
    public Response put(@PathParam("path") String path, String body) {
        return answer("PUT", path, body);
    }

    @DELETE
    @Path("{path:.*}")
    public Response delete(@PathParam("path") String path) {
        return answer("DELETE", path, "");
    }

    private Response answer(String method, String path, String body) {
        String authorization = request.getHeader("Authorization");
        stubs.authorizations.add(authorization == null ? "" : authorization);
        String key = method + " /keycloak/" + path;
        if (body != null) {
            stubs.writes.add(key + " " + body);
        }
        String query = request.query();
        ServiceStubs.Answer answer = query != null && stubs.has(key + "?" + query)
                ? stubs.answerTo(key + "?" + query)
                : stubs.has(key) ? stubs.answerTo(key) : defaultAnswer(method, key);
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.body() != null && !answer.body().isEmpty()) {
            response.type(answer.contentType()).entity(answer.body());
        }
        answer.headers().forEach(response::header);
        return response.build();
    }

    /** Writes succeed with 204 unless a test says otherwise; an unknown read is Keycloak's 404. */
    private static ServiceStubs.Answer defaultAnswer(String method, String key) {
        if (!method.equals("GET")) {
            return new ServiceStubs.Answer(204, "application/json", "", java.util.Map.of());
        }
        return new ServiceStubs.Answer(
                404, "application/json", "{\"error\":\"Not found: " + key + "\"}", java.util.Map.of());
    }
}
