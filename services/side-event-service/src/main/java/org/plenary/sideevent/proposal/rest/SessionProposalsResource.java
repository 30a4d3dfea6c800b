package org.plenary.sideevent.proposal.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.platform.security.Roles;
import org.plenary.sideevent.proposal.service.ProposalService;

@Path("/sessions/{sessionId}/proposals")
@Tag(name = "Proposals")
public class SessionProposalsResource {

    private final ProposalService proposals;

    public SessionProposalsResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @POST
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Propose a side event for the session, before its proposal deadline (organisation)")
    @APIResponseSchema(value = ProposalView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<ProposalView>> propose(
            @PathParam("sessionId") UUID sessionId, @NotNull @Valid ProposalRequest request) {
        return proposals
                .propose(sessionId, request)
                .map(proposal -> RestResponse.ResponseBuilder.<ProposalView>created(
                                URI.create("/proposals/" + proposal.id()))
                        .entity(proposal)
                        .build());
    }
}
