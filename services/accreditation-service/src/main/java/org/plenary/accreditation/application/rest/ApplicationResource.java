package org.plenary.accreditation.application.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.accreditation.application.domain.ApplicationAction;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.application.service.ApplicationService;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.platform.web.QueryValues;

@Path("/applications")
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;

    public ApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    @POST
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Apply for accreditation to a body (organisation)")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<ApplicationView>> apply(@NotNull @Valid ApplyRequest request) {
        return applications
                .submit(request)
                .map(app -> RestResponse.ResponseBuilder.<ApplicationView>created(
                                URI.create("/applications/" + app.id()))
                        .entity(app)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
    @Operation(
            summary = "Applications, oldest first: all for the secretariat, its own for an organisation; q searches the"
                    + " organisation's name and acronym")
    public Uni<Page<ApplicationView>> list(
            @QueryParam("bodyId") String bodyId,
            @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page) {
        return applications.list(bodyId, QueryValues.enumValue(ApplicationStatus.class, "status", status), q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION, Roles.STATE})
    @Operation(summary = "One application, with the objections its reader may know of")
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return applications.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION, Roles.STATE})
    @Operation(summary = "Every transition of the application: what, who, when, why")
    public Uni<List<TransitionView>> history(@PathParam("id") UUID id) {
        return applications.history(id);
    }

    @POST
    @Path("/{id}/information")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Answer the secretariat's request for information (organisation)")
    public Uni<ApplicationView> provideInformation(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest answer) {
        return applications.provideInformation(id, answer.reason());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Withdraw the application (organisation)")
    public Uni<ApplicationView> withdraw(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return applications.withdraw(id, NoteRequest.reasonOf(note));
    }

    @POST
    @Path("/{id}/ecosoc-confirmation")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Confirm the ECOSOC status of an applicant matched to the ECOSOC list: accredited through the"
                    + " fast track (secretariat)")
    public Uni<ApplicationView> confirmEcosoc(@PathParam("id") UUID id) {
        return applications.confirmEcosoc(id);
    }

    @POST
    @Path("/{id}/ecosoc-match")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Match the applicant to its entry of the ECOSOC list: accredited through the fast track"
                    + " (secretariat)")
    public Uni<ApplicationView> matchEcosoc(@PathParam("id") UUID id, @NotNull @Valid EcosocMatchRequest request) {
        return applications.matchEcosoc(id, request.name());
    }

    @POST
    @Path("/{id}/information-request")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Ask the organisation for more information (secretariat)")
    public Uni<ApplicationView> requestInformation(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest questions) {
        return applications.transition(id, ApplicationAction.REQUEST_INFORMATION, questions.reason());
    }

    @POST
    @Path("/{id}/clearance")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Clear the application: its non-objection period starts (secretariat)")
    public Uni<ApplicationView> clear(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return applications.clear(id, NoteRequest.reasonOf(note));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Reject the application with a reason (secretariat)")
    public Uni<ApplicationView> reject(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return applications.transition(id, ApplicationAction.REJECT, reason.reason());
    }

    @POST
    @Path("/{id}/objections")
    @RolesAllowed(Roles.STATE)
    @Operation(summary = "Object to the application during its non-objection period (state focal point)")
    public Uni<ApplicationView> object(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return applications.object(id, reason.reason());
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Record the body's decision after an objection (secretariat)")
    public Uni<ApplicationView> decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision) {
        return applications.transition(id, decision.action(), decision.reason());
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Suspend an accreditation with a reason (secretariat)")
    public Uni<ApplicationView> suspend(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return applications.transition(id, ApplicationAction.SUSPEND, reason.reason());
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Reinstate a suspended accreditation (secretariat)")
    public Uni<ApplicationView> reinstate(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return applications.transition(id, ApplicationAction.REINSTATE, reason.reason());
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Revoke an accreditation with a reason (secretariat)")
    public Uni<ApplicationView> revoke(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return applications.transition(id, ApplicationAction.REVOKE, reason.reason());
    }
}
