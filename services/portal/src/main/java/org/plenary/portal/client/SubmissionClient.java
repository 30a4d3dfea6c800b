package org.plenary.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
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
}
