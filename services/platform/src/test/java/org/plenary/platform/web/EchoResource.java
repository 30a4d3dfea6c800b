package org.plenary.platform.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Answers with the number of fields of the JSON object it was sent: a body to test the size limit with. */
@Path("/echo")
public class EchoResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> fields(Map<String, Object> body) {
        return Map.of("fields", body.size());
    }
}
