package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SubmissionClient;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.client.Views.Submission;
import org.plenary.portal.web.Reader;

/** A session's published written submissions, each with its file and checksum. */
@Path("/sessions/{sessionId}/submissions")
public class SubmissionsPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submissions(Session session, List<Submission> submissions, Paging paging);
    }

    private final RegistrationClient registration;
    private final SubmissionClient submissions;
    private final Reader reader;

    public SubmissionsPage(
            @RestClient RegistrationClient registration, @RestClient SubmissionClient submissions, Reader reader) {
        this.registration = registration;
        this.submissions = submissions;
        this.reader = reader;
    }

    @GET
    public TemplateInstance submissions(
            @PathParam("sessionId") UUID sessionId, @QueryParam("page") @DefaultValue("1") int page) {
        Session session = registration.session(sessionId);
        int wanted = Math.max(page, 1);
        Page<Submission> published = submissions.published(sessionId, wanted - 1, PAGE_SIZE);
        Paging paging =
                Paging.of("/sessions/" + sessionId + "/submissions", Map.of(), wanted, PAGE_SIZE, published.total());
        return reader.render(Templates.submissions(session, published.items(), paging));
    }
}
