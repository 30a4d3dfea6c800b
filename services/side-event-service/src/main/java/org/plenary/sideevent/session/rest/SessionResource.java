package org.plenary.sideevent.session.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.sideevent.session.service.SessionService;

@Path("/sessions/{sessionId}")
@Tag(name = "Sessions")
public class SessionResource {

    private final SessionService sessions;
    private final Caller caller;

    public SessionResource(SessionService sessions, Caller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The session as this service knows it, with its proposal deadline and per-organiser limit")
    public Uni<SessionView> get(@PathParam("sessionId") UUID sessionId) {
        return sessions.get(sessionId);
    }

    @PUT
    @Path("/side-event-policy")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Set the session's side-event policy: events per organiser, weekend meetings (secretariat)")
    public Uni<SessionView> setPolicy(@PathParam("sessionId") UUID sessionId, @NotNull @Valid PolicyRequest policy) {
        return sessions.setPolicy(sessionId, policy.eventsPerOrganiser(), policy.meetsOnWeekends(), caller.actor());
    }

    @GET
    @Path("/eligibility/{organisationId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
    @Operation(summary = "Whether the organisation has a confirmed registration, so may propose side events")
    public Uni<EligibilityView> eligibility(
            @PathParam("sessionId") UUID sessionId, @PathParam("organisationId") String organisationId) {
        return sessions.eligibility(sessionId, organisationId);
    }
}
