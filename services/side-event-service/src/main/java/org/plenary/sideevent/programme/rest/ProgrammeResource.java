package org.plenary.sideevent.programme.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.sideevent.programme.service.ProgrammeService;

/** A session's public side-event programme, read without logging in. */
@Path("/sessions/{sessionId}")
@Tag(name = "Programme")
public class ProgrammeResource {

    public static final String CALENDAR = "text/calendar";

    private final ProgrammeService programme;

    public ProgrammeResource(ProgrammeService programme) {
        this.programme = programme;
    }

    @GET
    @Path("/programme")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approved side events by day, time and room, in the venue's time zone (public)")
    public Uni<ProgrammeView> programme(@PathParam("sessionId") UUID sessionId) {
        return programme.programme(sessionId);
    }

    @GET
    @Path("/programme.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(summary = "The programme as an iCalendar feed (RFC 5545), times in UTC (public)")
    public Uni<RestResponse<String>> calendar(@PathParam("sessionId") UUID sessionId) {
        return programme
                .calendar(sessionId)
                .map(ics -> RestResponse.ResponseBuilder.ok(ics)
                        .type(CALENDAR + "; charset=utf-8")
                        .header("Content-Disposition", "inline; filename=\"side-events-" + sessionId + ".ics\"")
                        .build());
    }
}
