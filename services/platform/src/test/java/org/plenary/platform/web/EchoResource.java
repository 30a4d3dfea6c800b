package org.plenary.platform.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test endpoints that read bodies: one of any JSON object, and one of a typed request. */
@Path("/echo")
public class EchoResource {

    /** A kind of thing, to see how a wrong enum value is explained. */
    public enum Kind {
        NGO,
        ACADEMIA
    }

    /** A typed request, to see how wrong values are explained. */
    public record Typed(Kind kind, Integer count, LocalDate day, UUID id, List<String> names, Boolean flag) {
        public Typed {
            if (count != null && count == 13) {
                throw new IllegalArgumentException("count: 13 is not allowed (org.plenary.platform.web.EchoResource)");
            }
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> fields(Map<String, Object> body) {
        return Map.of("fields", body.size());
    }

    @POST
    @Path("/typed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Typed typed(Typed body) {
        return body;
    }
}
