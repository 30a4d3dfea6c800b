package org.plenary.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.plenary.platform.problem.Problem;

/** Answers a request with a problem from a Vert.x route, before Quarkus REST and its exception mappers see it. */
final class RouteProblems {

    private RouteProblems() {}

    /**
     * Ends the request with the problem as {@code application/problem+json}; with {@code close}, the connection is
     * closed after it (the unread body stays unread).
     */
    static void answer(RoutingContext context, ObjectMapper mapper, Problem problem, boolean close) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status + ",\"rule\":\"" + problem.rule + "\"}";
        }
        context.response().setStatusCode(problem.status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }
}
