package org.plenary.registration.registration;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.platform.pdf.ServedPdf;
import org.plenary.platform.security.Roles;

/** A session's registrations: registering, eligibility, the participant list, nomination letters. */
@Path("/sessions/{sessionId}")
@Tag(name = "Registrations")
public class SessionRegistrationsResource {

    private final RegistrationService registrations;

    public SessionRegistrationsResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Path("/registrations")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Register a delegate (the organisation, or the secretariat on its behalf under the same rules);"
                    + " refusals name every rule that stands in the way")
    @APIResponseSchema(value = RegistrationView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<RegistrationView>> register(
            @PathParam("sessionId") UUID sessionId, @NotNull @Valid RegistrationRequests.Register request) {
        return registrations
                .register(sessionId, request)
                .map(r -> RestResponse.ResponseBuilder.<RegistrationView>created(URI.create("/registrations/" + r.id()))
                        .entity(r)
                        .build());
    }

    @GET
    @Path("/eligibility")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "Whether an organisation may register now and, if not, every reason why")
    public Uni<RegistrationService.Eligibility> eligibility(
            @PathParam("sessionId") UUID sessionId, @QueryParam("organisationId") String organisationId) {
        return registrations.eligibility(sessionId, organisationId);
    }

    @GET
    @Path("/participants.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "The session's participants and waiting list as CSV (secretariat)")
    public Uni<RestResponse<String>> participants(@PathParam("sessionId") UUID sessionId) {
        return registrations
                .participantsCsv(sessionId)
                .map(csv -> RestResponse.ResponseBuilder.ok(csv, "text/csv")
                        .header("Content-Disposition", "attachment; filename=\"participants-" + sessionId + ".csv\"")
                        .build());
    }

    @PUT
    @Path("/nomination-letter")
    @Consumes("application/pdf")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Upload the organisation's nomination letter for the session (PDF, organisation)")
    public Uni<RestResponse<Void>> uploadLetter(@PathParam("sessionId") UUID sessionId, byte[] content) {
        return registrations
                .uploadLetter(sessionId, content)
                .map(version -> RestResponse.ResponseBuilder.<Void>noContent()
                        .header("X-Letter-Version", version)
                        .build());
    }

    @GET
    @Path("/nomination-letters/{organisationId}")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "An organisation's nomination letter, the latest version or the one asked for (the secretariat,"
                    + " the organisation)")
    public Uni<RestResponse<byte[]>> letter(
            @PathParam("sessionId") UUID sessionId,
            @PathParam("organisationId") String organisationId,
            @QueryParam("version") @Min(1) Integer version) {
        return registrations
                .letter(sessionId, organisationId, version)
                .map(letter -> ServedPdf.builder(
                                letter.content,
                                "nomination-letter-" + organisationId.replaceAll("[^A-Za-z0-9-]", "") + ".pdf",
                                letter.sha256)
                        .header("X-Letter-Version", letter.id.version())
                        .build());
    }
}
