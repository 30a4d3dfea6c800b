package org.plenary.portal.stub;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The four services, stubbed inside the test application under {@code /stub/<service>/...}. */
@Path("/stub/{service}")
public class ServiceStubResource {

    private final ServiceStubs stubs;
    private final HttpServerRequest request;

    public ServiceStubResource(ServiceStubs stubs, HttpServerRequest request) {
        this.stubs = stubs;
        this.request = request;
    }

    @GET
    @Path("{path:.*}")
    public Response get(@PathParam("service") String service, @PathParam("path") String path) {
        return answer("GET", service, path);
    }

    @POST
    @Path("{path:.*}")
    public Response post(@PathParam("service") String service, @PathParam("path") String path, String body) {
        stubs.writes.add(body);
        return answer("POST", service, path);
    }

    @PUT
    @Path("{path:.*}")
    public Response put(@PathParam("service") String service, @PathParam("path") String path, String body) {
        stubs.writes.add(body);
        return answer("PUT", service, path);
    }

    private Response answer(String method, String service, String path) {
        String authorization = request.getHeader("Authorization");
        stubs.authorizations.add(authorization == null ? "" : authorization);
        String key = method + " /" + service + "/" + path;
        String query = request.query();
        ServiceStubs.Answer answer =
                query != null && stubs.has(key + "?" + query) ? stubs.answerTo(key + "?" + query) : stubs.answerTo(key);
        Response.ResponseBuilder response =
                Response.status(answer.status()).type(answer.contentType()).entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }
}
