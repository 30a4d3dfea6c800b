package org.plenary.accreditation.application.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.accreditation.application.service.ApplicationService;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/** A body's lists: the public list of accredited organisations, and the list circulated to states. */
@Path("/bodies/{bodyId}")
@Tag(name = "Bodies")
public class BodyApplicationsResource {

    private final ApplicationService applications;

    public BodyApplicationsResource(ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @Path("/accredited-organisations")
    @PermitAll
    @Operation(summary = "Organisations accredited to the body (public)")
    public Uni<Page<AccreditedOrganisationView>> accredited(
            @PathParam("bodyId") String bodyId,
            @QueryParam("country") @IsoCountry String country,
            @BeanParam @Valid PageRequest page) {
        return applications.accredited(bodyId, country, page);
    }

    @GET
    @Path("/non-objection")
    @RolesAllowed({Roles.STATE, Roles.SECRETARIAT})
    @Operation(summary = "Applications open to objection (state focal points, secretariat)")
    public Uni<Page<ApplicationView>> nonObjection(
            @PathParam("bodyId") String bodyId, @BeanParam @Valid PageRequest page) {
        return applications.nonObjectionList(bodyId, page);
    }
}
