package org.plenary.submission.submission;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.platform.pdf.ServedPdf;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;
import org.plenary.platform.web.QueryValues;

@Path("/submissions")
@Tag(name = "Submissions")
public class SubmissionResource {

    private final SubmissionService submissions;

    public SubmissionResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** A reason the secretariat must give. */
    public record ReasonRequest(
            @NotBlank(message = "is required: say why") @Size(max = 2000)
            String reason) {}

    /** A reason an organisation may give. */
    public record NoteRequest(@Size(max = 2000) String reason) {}

    @GET
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Submissions: all for the secretariat, its own for an organisation; q searches the title and the"
                    + " organisation's identifier")
    public Uni<Page<SubmissionView>> list(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("organisationId") String organisationId,
            @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page) {
        return submissions.list(
                sessionId, organisationId, QueryValues.enumValue(Submission.Status.class, "status", status), q, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "One submission (the secretariat, its organisation)")
    public Uni<SubmissionView> get(@PathParam("id") UUID id) {
        return submissions.get(id, false);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "Every file uploaded for the submission, oldest first (the secretariat, its organisation)")
    public Uni<List<SubmissionView.FileView>> versions(@PathParam("id") UUID id) {
        return submissions.versions(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(
            summary = "Every transition of the submission with who, when and why, oldest first (the secretariat,"
                    + " its organisation)")
    public Uni<List<TransitionView>> history(@PathParam("id") UUID id) {
        return submissions.history(id);
    }

    @GET
    @Path("/{id}/file")
    @RolesAllowed({Roles.ORGANISATION, Roles.SECRETARIAT})
    @Operation(summary = "Download the current file, streamed, with its SHA-256 (the secretariat, its organisation)")
    public Uni<RestResponse<File>> download(@PathParam("id") UUID id) {
        return submissions.download(id, false).map(SubmissionResource::file);
    }

    @GET
    @Path("/published/{id}")
    @PermitAll
    @Operation(summary = "A published submission (public)")
    public Uni<SubmissionView> getPublished(@PathParam("id") UUID id) {
        return submissions.get(id, true);
    }

    @GET
    @Path("/published/{id}/file")
    @PermitAll
    @Operation(summary = "Download a published submission's file, streamed, with its SHA-256 (public)")
    public Uni<RestResponse<File>> downloadPublished(@PathParam("id") UUID id) {
        return submissions.download(id, true).map(SubmissionResource::file);
    }

    private static RestResponse<File> file(SubmissionService.Download d) {
        return ServedPdf.attachment(d.path().toFile(), d.fileName(), d.sha256());
    }

    @PUT
    @Path("/{id}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Replace the file before the deadline (organisation); earlier versions are kept")
    public Uni<SubmissionView> replace(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        return submissions.replace(id, file);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "Withdraw the submission (organisation)")
    public Uni<SubmissionView> withdraw(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return submissions.withdraw(id, note == null ? null : note.reason());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Publish the submission (secretariat)")
    public Uni<SubmissionView> publish(@PathParam("id") UUID id) {
        return submissions.publish(id);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Decline the submission with a reason (secretariat)")
    public Uni<SubmissionView> decline(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest reason) {
        return submissions.decline(id, reason.reason());
    }
}
