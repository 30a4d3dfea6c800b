package org.plenary.portal.me.submission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.portal.client.FocalPointViews.File;
import org.plenary.portal.client.FocalPointViews.NoteBody;
import org.plenary.portal.client.FocalPointViews.Submission;
import org.plenary.portal.client.FocalPointViews.SubmissionTransition;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SubmissionClient;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * A focal point's written submissions (submission service): upload one for a session (a PDF, checked by the
 * service by its content, its size and its words), see its word count, versions and publication status, replace
 * its file or withdraw it.
 */
@Path("/me/submissions")
public class SubmissionPages {

    /** What the reader typed into the upload form (the file cannot be shown again). */
    public record SubmissionForm(String title, String agendaItem, String language) {}

    /** A submission in the list, with its session's title. */
    public record SubmissionLine(Submission submission, String sessionTitle) {}

    /** One step of the history, with its time in the reader's zone. */
    public record Step(SubmissionTransition transition, Moment at) {}

    /** One version of the file, with its upload time in the reader's zone. */
    public record Version(File file, Moment uploaded) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submissions(List<SubmissionLine> submissions, List<Session> sessions);

        static native TemplateInstance upload(
                Session session, Moment deadline, String wordLimit, SubmissionForm form, FormErrors errors);

        static native TemplateInstance detail(
                Submission submission,
                Session session,
                Moment deadline,
                String wordLimit,
                List<Version> versions,
                List<Step> history,
                String done,
                FormErrors errors);
    }

    private final SubmissionClient submissions;
    private final RegistrationClient registrations;
    private final Reader reader;

    public SubmissionPages(
            @RestClient SubmissionClient submissions, @RestClient RegistrationClient registrations, Reader reader) {
        this.submissions = submissions;
        this.registrations = registrations;
        this.reader = reader;
    }

    @GET
    public TemplateInstance list() {
        List<Session> sessions = registrations.sessions(null, 0, 100).items();
        Map<UUID, String> titles = new LinkedHashMap<>();
        sessions.forEach(s -> titles.put(s.sessionId(), s.title()));
        List<SubmissionLine> lines = submissions.submissions(0, 100).items().stream()
                .map(s -> new SubmissionLine(s, titles.getOrDefault(s.sessionId(), String.valueOf(s.sessionId()))))
                .toList();
        return reader.render(Templates.submissions(
                lines,
                sessions.stream().filter(s -> s.submissionDeadline() != null).toList()));
    }

    @GET
    @Path("/new")
    public TemplateInstance uploadForm(@QueryParam("sessionId") UUID sessionId) {
        Session session = registrations.session(sessionId);
        return reader.render(Templates.upload(
                session, deadline(session), wordLimit(session), new SubmissionForm("", "", ""), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> upload(
            @QueryParam("sessionId") UUID sessionId,
            @RestForm String title,
            @RestForm String agendaItem,
            @RestForm String language,
            @RestForm("file") FileUpload file) {
        Session session = registrations.session(sessionId);
        SubmissionForm form =
                new SubmissionForm(Forms.orEmpty(title), Forms.orEmpty(agendaItem), Forms.orEmpty(language));
        ClientMultipartForm multipart = ClientMultipartForm.create()
                .attribute("title", form.title(), null)
                .attribute("agendaItem", form.agendaItem(), null)
                .attribute("language", form.language(), null);
        withFile(multipart, file);
        try {
            Submission submitted = submissions.submit(sessionId, multipart);
            return Forms.seeOther("/me/submissions/" + submitted.id() + "?done=submitted");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    reader.render(Templates.upload(
                            session,
                            deadline(session),
                            wordLimit(session),
                            form,
                            FormErrors.of(refusal, Forms.fileRulesAt("file")))));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, FormErrors.none());
    }

    @POST
    @Path("/{id}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> replace(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        ClientMultipartForm multipart = ClientMultipartForm.create();
        withFile(multipart, file);
        try {
            submissions.replace(id, multipart);
            return Forms.seeOther("/me/submissions/" + id + "?done=replaced");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal), page(id, null, FormErrors.of(refusal, Forms.fileRulesAt("file"))));
        }
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> withdraw(@PathParam("id") UUID id, @FormParam("note") String note) {
        try {
            submissions.withdraw(id, new NoteBody(Forms.blankToNull(note)));
            return Forms.seeOther("/me/submissions/" + id + "?done=withdrawn");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), page(id, null, FormErrors.of(refusal)));
        }
    }

    private TemplateInstance page(UUID id, String done, FormErrors errors) {
        Submission submission = submissions.submission(id);
        Session session = registrations.session(submission.sessionId());
        List<Version> versions = submissions.versions(id).stream()
                .map(f -> new Version(f, reader.moment(f.uploadedAt(), session.timeZone())))
                .toList();
        return reader.render(Templates.detail(
                submission,
                session,
                deadline(session),
                wordLimit(session),
                versions,
                submissions.submissionHistory(id).stream()
                        .map(t -> new Step(t, reader.moment(t.at(), session.timeZone())))
                        .toList(),
                done,
                errors));
    }

    private Moment deadline(Session session) {
        return session.submissionDeadline() == null
                ? null
                : reader.moment(session.submissionDeadline(), session.timeZone());
    }

    /**
     * The session's word limit in the reader's way of writing numbers, or null where it sets none. The submission
     * service counts against the session's own limit, which the registration service's session gives.
     */
    private String wordLimit(Session session) {
        return session.submissionWordLimit() == null
                ? null
                : NumberFormat.getIntegerInstance(reader.locale()).format(session.submissionWordLimit());
    }

    /** The uploaded file, passed on as it came; none chosen is left out, and the service says it is required. */
    private static void withFile(ClientMultipartForm multipart, FileUpload file) {
        if (file != null
                && file.uploadedFile() != null
                && file.fileName() != null
                && !file.fileName().isBlank()) {
            multipart.binaryFileUpload(
                    "file",
                    file.fileName(),
                    file.uploadedFile().toString(),
                    file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType());
        }
    }
}
