package org.plenary.submission.submission;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.platform.security.Roles;
import org.plenary.platform.web.Page;
import org.plenary.platform.web.PageRequest;

/** A session's written submissions: filing one, and the public list of the published ones. */
@Path("/sessions/{sessionId}")
@Tag(name = "Submissions")
public class SessionSubmissionsResource {

    private final SubmissionService submissions;

    public SessionSubmissionsResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ORGANISATION)
    @Operation(summary = "File a written submission (organisation): title, agendaItem, language, file (PDF)")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "201", responseDescription = "Created")
    public Uni<RestResponse<SubmissionView>> submit(
            @PathParam("sessionId") UUID sessionId,
            @RestForm String title,
            @RestForm String agendaItem,
            @RestForm String language,
            @RestForm("file") FileUpload file) {
        return submissions
                .submit(sessionId, new SubmissionService.Metadata(title, agendaItem, language), file)
                .map(s -> RestResponse.ResponseBuilder.<SubmissionView>created(URI.create("/submissions/" + s.id()))
                        .entity(s)
                        .build());
    }

    @GET
    @Path("/published-submissions")
    @PermitAll
    @Operation(summary = "The session's published submissions (public)")
    public Uni<Page<SubmissionView>> published(
            @PathParam("sessionId") UUID sessionId, @BeanParam @Valid PageRequest page) {
        return submissions.published(sessionId, page);
    }
}
