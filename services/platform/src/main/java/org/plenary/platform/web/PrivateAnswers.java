package org.plenary.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An answer to a request that carried credentials may hold private data (an organisation's own records, the
 * secretariat's queues): no cache, shared or the browser's, keeps it, and a cache keys public answers by the
 * credentials too. (The headers every answer carries, such as {@code X-Content-Type-Options: nosniff}, are set in
 * the shared configuration.)
 */
public class PrivateAnswers {

    @ServerResponseFilter
    public void noStoreWhenAuthenticated(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
}
