package org.plenary.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.problem.Problem;

/**
 * A request whose declared body is over the service's limit ({@code quarkus.http.limits.max-body-size}) is
 * answered with a {@code 413} problem naming the limit, before any of it is read. (The HTTP layer would
 * answer a bare 413 with no body; it still does for a chunked body that grows over the limit as it arrives.)
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus' own upload-limit route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -3;

    private final long limitBytes;
    private final ObjectMapper mapper;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
            ObjectMapper mapper) {
        this.limitBytes = limit.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limitBytes) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                "body-too-large",
                "The request is too large",
                413,
                "The request's body is " + length + " bytes; this service accepts at most " + limitBytes + " bytes.",
                context.request().path(),
                Map.of("limitBytes", limitBytes, "bodyBytes", length));
        RouteProblems.answer(context, mapper, problem, true);
    }
}
