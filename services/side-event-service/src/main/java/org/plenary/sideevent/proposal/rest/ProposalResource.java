package org.plenary.sideevent.proposal.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.platform.web.QueryValues;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.proposal.service.ProposalService;

@Path("/proposals")
@Tag(name = "Proposals")
public class ProposalResource {

    private final ProposalService proposals;

    public ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
    @Operation(
            summary = "Proposals: all for the secretariat, its own for an organisation; q searches the title and the"
                    + " organiser's identifier")
    public Uni<Page<ProposalView>> list(
            @QueryParam("sessionId") String sessionId,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page) {
        return proposals.list(
                uuid("sessionId", sessionId),
                organisationId == null || organisationId.isBlank() ? null : organisationId,
                QueryValues.enumValue(ProposalStatus.class, "status", status),
                q,
                page);
    }

    private static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(parameter, "must be a UUID");
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
    @Operation(summary = "One proposal (secretariat, its organiser, its co-organisers)")
    public Uni<ProposalView> get(@PathParam("id") UUID id) {
        return proposals.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
    @Operation(summary = "A proposal's history: every transition with who, when and why (secretariat, its organiser)")
    public Uni<List<TransitionView>> history(@PathParam("id") UUID id) {
        return proposals.history(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Edit a pending proposal (its organisation)")
    public Uni<ProposalView> update(@PathParam("id") UUID id, @NotNull @Valid ProposalRequest request) {
        return proposals.update(id, request);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Withdraw a pending proposal (its organisation)")
    public Uni<ProposalView> withdraw(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return proposals.withdraw(id, NoteRequest.reasonOf(note));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Approve a pending proposal into a room and a slot (secretariat)")
    public Uni<ProposalView> approve(@PathParam("id") UUID id, @NotNull @Valid ApprovalRequest request) {
        return proposals.approve(id, request.roomId(), request.slotId());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Reject a pending proposal with a reason (secretariat)")
    public Uni<ProposalView> reject(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return proposals.reject(id, request.reason().strip());
    }
}
