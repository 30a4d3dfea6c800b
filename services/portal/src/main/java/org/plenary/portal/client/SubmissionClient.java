package org.plenary.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Submission;

/** The submission service (port 8084). */
@RegisterRestClient(configKey = "submission")
@RegisterClientHeaders(SignedInUserToken.class)
@RegisterProvider(RefusalMapper.class)
public interface SubmissionClient {

    @GET
    @Path("/sessions/{id}/published-submissions")
    Page<Submission> published(
            @PathParam("id") UUID sessionId, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The published file as the service streams it, with its {@code X-Checksum-SHA256}. */
    @GET
    @Path("/submissions/published/{id}/file")
    Response file(@PathParam("id") UUID submissionId);

    // A focal point's own submissions

    /** {@code title}, {@code agendaItem}, {@code language} and {@code file}, as multipart. */
    @POST
    @Path("/sessions/{id}/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    FocalPointViews.Submission submit(@PathParam("id") UUID sessionId, ClientMultipartForm form);

    @GET
    @Path("/submissions")
    Page<FocalPointViews.Submission> submissions(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/submissions/{id}")
    FocalPointViews.Submission submission(@PathParam("id") UUID id);

    @GET
    @Path("/submissions/{id}/versions")
    List<FocalPointViews.File> versions(@PathParam("id") UUID id);

    @GET
    @Path("/submissions/{id}/history")
    List<FocalPointViews.SubmissionTransition> submissionHistory(@PathParam("id") UUID id);

    /** A new version of the file ({@code file}, multipart). */
    @PUT
    @Path("/submissions/{id}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    FocalPointViews.Submission replace(@PathParam("id") UUID id, ClientMultipartForm form);

    @POST
    @Path("/submissions/{id}/withdrawal")
    FocalPointViews.Submission withdraw(@PathParam("id") UUID id, FocalPointViews.NoteBody note);

    // The secretariat's queue

    @GET
    @Path("/submissions")
    Page<FocalPointViews.Submission> queue(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("status") String status,
            @QueryParam("q") String search,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/submissions/{id}/file")
    Response submittedFile(@PathParam("id") UUID id);

    @POST
    @Path("/submissions/{id}/publication")
    FocalPointViews.Submission publish(@PathParam("id") UUID id);

    @POST
    @Path("/submissions/{id}/decline")
    FocalPointViews.Submission decline(@PathParam("id") UUID id, FocalPointViews.ReasonBody reason);
}
