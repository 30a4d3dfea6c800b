package org.plenary.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.problem.Problem;

/**
 * A request whose request line (method, address and HTTP version, as in {@code GET /sessions?q=... HTTP/1.1}) is
 * over {@code plenary.http.max-request-line} characters (4,096 unless set) is answered with a {@code 414} problem
 * naming the limit, before anything else reads it.
 *
 * <p>The HTTP layer refuses a line over {@code quarkus.http.limits.max-initial-line-length} itself, before any
 * route: Netty's decoder fails the line and Vert.x answers with the server's invalid-request handler, a bare
 * {@code 414} with no body, and closes the connection. Quarkus creates the HTTP server and lets an application
 * change its options only ({@code HttpServerOptionsCustomizer}), not that handler; so that limit is set (16 KiB,
 * in the platform's defaults) above this one, and only a line past it still gets the bare answer.
 */
@ApplicationScoped
public class RequestLineLimit {

    /** Before the body limit ({@link BodyLimit#ORDER}). */
    static final int ORDER = BodyLimit.ORDER - 1;

    private final int limit;
    private final ObjectMapper mapper;

    public RequestLineLimit(
            @ConfigProperty(name = "plenary.http.max-request-line", defaultValue = "4096") int limit,
            ObjectMapper mapper) {
        this.limit = limit;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    /** The length of the request line as the client sent it: method, address and version, with two spaces. */
    static int length(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + " HTTP/1.1".length();
    }

    private void check(RoutingContext context) {
        int length = length(context.request());
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                "request-line-too-long",
                "The request's address is too long",
                414,
                "The request line is " + length + " characters long; this service reads at most " + limit
                        + ". Send long values in a request body instead.",
                null,
                Map.of("limitCharacters", limit, "requestLineCharacters", length));
        RouteProblems.answer(context, mapper, problem, false);
    }
}
