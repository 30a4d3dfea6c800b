package org.plenary.accreditation.body.rest;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.accreditation.body.service.BodyService;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

@Path("/bodies")
@Tag(name = "Bodies")
public class BodyResource {

    private final BodyService bodies;
    private final Caller caller;

    public BodyResource(BodyService bodies, Caller caller) {
        this.bodies = bodies;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The bodies organisations may be accredited to")
    public Uni<Page<BodyView>> list(@BeanParam @Valid PageRequest page) {
        return bodies.list(page);
    }

    @GET
    @Path("/{bodyId}")
    @PermitAll
    @Operation(summary = "One body and its accreditation policy")
    public Uni<BodyView> get(@PathParam("bodyId") String bodyId) {
        return bodies.get(bodyId);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Define a body (secretariat)")
    @APIResponseSchema(value = BodyView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<BodyView>> define(@NotNull @Valid BodyRequest request) {
        return bodies.define(request, caller.actor())
                .map(body -> RestResponse.ResponseBuilder.<BodyView>created(URI.create("/bodies/" + body.id()))
                        .entity(body)
                        .build());
    }

    @PUT
    @Path("/{bodyId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change a body's name or accreditation policy (secretariat)")
    public Uni<BodyView> update(@PathParam("bodyId") String bodyId, @NotNull @Valid BodyRequest request) {
        return bodies.update(bodyId, request, caller.actor());
    }

    @POST
    @Path("/{bodyId}/accreditation/close")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Close the body to new applications (secretariat)")
    public Uni<BodyView> close(@PathParam("bodyId") String bodyId) {
        return bodies.setAccreditationOpen(bodyId, false, caller.actor());
    }

    @POST
    @Path("/{bodyId}/accreditation/reopen")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Reopen the body to new applications (secretariat)")
    public Uni<BodyView> reopen(@PathParam("bodyId") String bodyId) {
        return bodies.setAccreditationOpen(bodyId, true, caller.actor());
    }
}
