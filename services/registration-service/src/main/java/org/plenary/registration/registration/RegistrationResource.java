package org.plenary.registration.registration;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.platform.web.QueryValues;

@Path("/registrations")
@Tag(name = "Registrations")
public class RegistrationResource {

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GET
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Registrations: all for the secretariat, its own for an organisation; q searches the delegate's"
                    + " name and address and the organisation's identifier")
    public Uni<Page<RegistrationView>> list(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page) {
        return registrations.list(
                sessionId, organisationId, QueryValues.enumValue(Registration.Status.class, "status", status), q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "One registration (the secretariat, its organisation)")
    public Uni<RegistrationView> get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Every transition of the registration: what, who, when, why (the secretariat, its organisation)")
    public Uni<List<TransitionView>> history(@PathParam("id") UUID id) {
        return registrations.history(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "Cancel a delegate: the organisation before the deadline, the secretariat at any time")
    public Uni<RegistrationView> cancel(@PathParam("id") UUID id, @Valid RegistrationRequests.Note note) {
        return registrations.cancel(id, RegistrationRequests.Note.of(note));
    }

    @POST
    @Path("/{id}/substitution")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary =
                    "Put another delegate in the seat: the organisation before the deadline, the secretariat at any time")
    public Uni<RegistrationView> substitute(
            @PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.Substitute request) {
        return registrations.substitute(id, request.delegate());
    }

    @POST
    @Path("/{id}/head-of-delegation")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Name the delegate head of the delegation in place of the one who was: the organisation before"
                    + " the deadline, the secretariat at any time")
    public Uni<RegistrationView> nameHeadOfDelegation(@PathParam("id") UUID id) {
        return registrations.nameHeadOfDelegation(id);
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Confirm a pending registration (secretariat)")
    public Uni<RegistrationView> confirm(@PathParam("id") UUID id) {
        return registrations.confirm(id);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Decline a pending or waiting registration with a reason (secretariat)")
    public Uni<RegistrationView> decline(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.Reason reason) {
        return registrations.decline(id, reason.reason());
    }
}
