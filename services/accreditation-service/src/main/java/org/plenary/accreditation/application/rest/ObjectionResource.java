package org.plenary.accreditation.application.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.accreditation.application.service.ApplicationService;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/** A state's own objections and what became of them. */
@Path("/objections")
@Tag(name = "Applications")
public class ObjectionResource {

    private final ApplicationService applications;

    public ObjectionResource(ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @RolesAllowed(Roles.STATE)
    @Operation(summary = "The calling state's own objections, newest first, with each application's status now (state)")
    public Uni<Page<OwnObjectionView>> own(@QueryParam("bodyId") String bodyId, @BeanParam @Valid PageRequest page) {
        return applications.ownObjections(bodyId, page);
    }
}
