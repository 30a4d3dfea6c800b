package org.plenary.registration.session;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

@Path("/sessions")
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
    @Operation(summary = "Sessions, optionally of one body (public)")
    public Uni<Page<SessionView>> list(@QueryParam("bodyId") String bodyId, @BeanParam @Valid PageRequest page) {
        return sessions.list(bodyId, page);
    }

    @GET
    @Path("/{sessionId}")
    @PermitAll
    @Operation(summary = "One session, its deadlines in UTC and in venue time (public)")
    public Uni<SessionView> get(@PathParam("sessionId") UUID sessionId) {
        return sessions.get(sessionId);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Create a session of a body (secretariat)")
    @APIResponseSchema(value = SessionView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<SessionView>> create(@NotNull @Valid SessionRequest request) {
        return sessions.create(request, caller.actor())
                .map(session -> RestResponse.ResponseBuilder.<SessionView>created(
                                URI.create("/sessions/" + session.sessionId()))
                        .entity(session)
                        .build());
    }

    @PUT
    @Path("/{sessionId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change a session (secretariat)")
    public Uni<SessionView> update(@PathParam("sessionId") UUID sessionId, @NotNull @Valid SessionRequest request) {
        return sessions.update(sessionId, request, caller.actor());
    }
}
