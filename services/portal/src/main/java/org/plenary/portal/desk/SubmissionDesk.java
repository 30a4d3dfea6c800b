package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.FocalPointViews.ReasonBody;
import org.plenary.portal.client.FocalPointViews.Submission;
import org.plenary.portal.client.FocalPointViews.SubmissionTransition;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SubmissionClient;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's queue of written submissions, per session and status: each with its file (passed through from
 * the submission service), its word count and language; publishing it, or declining it with a reason. The
 * submission service decides; a refusal is shown beside the form.
 */
@Path("/me/desk/submissions")
public class SubmissionDesk {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("SUBMITTED", "PUBLISHED", "DECLINED", "WITHDRAWN");

    /** A submission as the queue lists it. */
    public record Line(Submission submission, Moment submitted) {}

    /** A step of the submission's history. */
    public record Step(SubmissionTransition step, Moment at) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                List<Session> sessions,
                String sessionId,
                List<String> statuses,
                String status,
                String q,
                List<Line> lines,
                long total,
                Paging paging);

        static native TemplateInstance submission(
                Submission submission,
                String sessionTitle,
                Moment submitted,
                List<Step> history,
                String reason,
                String done,
                FormErrors errors);
    }

    private final SubmissionClient submissions;
    private final RegistrationClient registration;
    private final Reader reader;

    public SubmissionDesk(
            @RestClient SubmissionClient submissions, @RestClient RegistrationClient registration, Reader reader) {
        this.submissions = submissions;
        this.registration = registration;
        this.reader = reader;
    }

    @GET
    public TemplateInstance queue(
            @QueryParam("sessionId") String sessionId,
            @QueryParam("status") @DefaultValue("SUBMITTED") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page) {
        UUID session;
        try {
            session = Forms.blankToNull(sessionId) == null ? null : UUID.fromString(sessionId.trim());
        } catch (IllegalArgumentException notAnId) {
            session = null;
        }
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String search = Forms.blankToNull(q);
        int current = Math.max(1, page);
        Page<Submission> found = submissions.queue(session, chosen, search, current - 1, PAGE_SIZE);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("sessionId", session);
        query.put("status", chosen == null ? "" : chosen);
        query.put("q", search);
        return reader.render(Templates.queue(
                registration.sessions(null, 0, 100).items(),
                session == null ? "" : session.toString(),
                STATUSES,
                chosen == null ? "" : chosen,
                search == null ? "" : search,
                found.items().stream()
                        .map(s -> new Line(s, reader.moment(s.submittedAt(), "UTC")))
                        .toList(),
                found.total(),
                Paging.of("/me/desk/submissions", query, current, PAGE_SIZE, found.total())));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance submission(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, "", done, FormErrors.none());
    }

    /** The file as submitted, with the service's type, file name and checksum. */
    @GET
    @Path("/{id}/file")
    public Response file(@PathParam("id") UUID id) {
        try (Response file = submissions.submittedFile(id)) {
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

    @POST
    @Path("/{id}/publication")
    public RestResponse<TemplateInstance> publish(@PathParam("id") UUID id) {
        try {
            submissions.publish(id);
            return Forms.seeOther("/me/desk/submissions/" + id + "?done=published");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    page(id, "", null, FormErrors.of(refusal, Map.of(refusal.rule(), "publish"))));
        }
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> decline(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        try {
            submissions.decline(id, new ReasonBody(Forms.orEmpty(reason)));
            return Forms.seeOther("/me/desk/submissions/" + id + "?done=declined");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    page(id, Forms.orEmpty(reason), null, FormErrors.of(refusal, Map.of(refusal.rule(), "reason"))));
        }
    }

    private TemplateInstance page(UUID id, String reason, String done, FormErrors errors) {
        Submission submission = submissions.submission(id);
        String title = submission.sessionId().toString();
        try {
            title = registration.session(submission.sessionId()).title();
        } catch (Refusal refusal) {
            if (refusal.status() >= 500) {
                throw refusal;
            }
        }
        return reader.render(Templates.submission(
                submission,
                title,
                reader.moment(submission.submittedAt(), "UTC"),
                submissions.submissionHistory(id).stream()
                        .map(step -> new Step(step, reader.moment(step.at(), "UTC")))
                        .toList(),
                reason,
                done,
                errors));
    }
}
