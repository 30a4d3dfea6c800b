package org.plenary.portal.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.portal.client.SubmissionClient;

/** A published submission's file, passed through from the submission service. */
@Path("/submissions/{submissionId}/file")
public class SubmissionFile {

    private final SubmissionClient submissions;

    public SubmissionFile(@RestClient SubmissionClient submissions) {
        this.submissions = submissions;
    }

    /** The published file, with the service's type, file name and {@code X-Checksum-SHA256}. */
    @GET
    public Response file(@PathParam("submissionId") UUID submissionId) {
        try (Response file = submissions.file(submissionId)) {
            Response.ResponseBuilder answer =
                    Response.ok(file.readEntity(byte[].class)).type(file.getMediaType());
            for (String header : List.of("Content-Disposition", "X-Checksum-SHA256")) {
                String value = file.getHeaderString(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
            return answer.build();
        }
    }
}
