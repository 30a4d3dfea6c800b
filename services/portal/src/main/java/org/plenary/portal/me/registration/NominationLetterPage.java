package org.plenary.portal.me.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The organisation's nomination letter for a session (registration {@code PUT /sessions/{id}/nomination-letter}):
 * a PDF signed by its head, uploaded as a plain form (no script); the service checks it by its content and says
 * why it refuses one, next to the file field.
 */
@Path("/me/nomination-letters/{sessionId}")
public class NominationLetterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letter(Session session, Moment deadline, String done, FormErrors errors);
    }

    private final RegistrationClient registrations;
    private final Reader reader;

    public NominationLetterPage(@RestClient RegistrationClient registrations, Reader reader) {
        this.registrations = registrations;
        this.reader = reader;
    }

    @GET
    public TemplateInstance letterForm(@PathParam("sessionId") UUID sessionId, @QueryParam("done") String done) {
        Session session = registrations.session(sessionId);
        return reader.render(Templates.letter(session, deadline(session), done, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> upload(
            @PathParam("sessionId") UUID sessionId, @RestForm("letter") FileUpload letter) {
        Session session = registrations.session(sessionId);
        try {
            registrations.uploadLetter(sessionId, bytes(letter));
            return Forms.seeOther("/me/nomination-letters/" + sessionId + "?done=letter");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    reader.render(Templates.letter(
                            session, deadline(session), null, FormErrors.of(refusal, Forms.fileRulesAt("letter")))));
        }
    }

    private Moment deadline(Session session) {
        return reader.moment(session.registrationDeadline(), session.timeZone());
    }

    /** The uploaded file's bytes; none chosen is an empty file, which the service refuses in its words. */
    public static byte[] bytes(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
