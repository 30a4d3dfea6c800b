package org.plenary.accreditation.state.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.accreditation.application.rest.ApplicationView;
import org.plenary.accreditation.application.service.ApplicationService;
import org.plenary.accreditation.state.service.FollowedBodiesService;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/** What a member state's focal point works from: the bodies the state follows and their applications. */
@Path("/states/me")
@Tag(name = "States")
@RolesAllowed(Roles.STATE)
public class StateResource {

    private final FollowedBodiesService followed;
    private final ApplicationService applications;

    public StateResource(FollowedBodiesService followed, ApplicationService applications) {
        this.followed = followed;
        this.applications = applications;
    }

    @GET
    @Path("/followed-bodies")
    @Operation(summary = "The bodies the calling state follows (state)")
    public Uni<FollowedBodiesView> followedBodies() {
        return followed.followed();
    }

    @PUT
    @Path("/followed-bodies")
    @Operation(summary = "Replace the bodies the calling state follows (state)")
    public Uni<FollowedBodiesView> follow(@NotNull @Valid FollowedBodiesRequest request) {
        return followed.follow(request);
    }

    @GET
    @Path("/non-objection")
    @Operation(
            summary = "Applications open to objection in the bodies the calling state follows, the period ending"
                    + " soonest first (state)")
    public Uni<Page<ApplicationView>> nonObjection(@BeanParam @Valid PageRequest page) {
        return applications.followedNonObjectionList(page);
    }
}
