package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/** One session: where and when, its deadlines in both time zones, and the links to its pages. */
@Path("/sessions/{sessionId}")
public class SessionPage {

    /** A session's deadlines as the page shows them. */
    public record Deadlines(Moment opens, Moment registration, Moment sideEvents, Moment submissions) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(Session session, String start, String end, Deadlines deadlines);
    }

    private final RegistrationClient registration;
    private final Reader reader;

    public SessionPage(@RestClient RegistrationClient registration, Reader reader) {
        this.registration = registration;
        this.reader = reader;
    }

    @GET
    public TemplateInstance session(@PathParam("sessionId") UUID sessionId) {
        Session session = registration.session(sessionId);
        String zone = session.timeZone();
        return reader.render(Templates.session(
                session,
                reader.date(session.startDate()),
                reader.date(session.endDate()),
                new Deadlines(
                        reader.moment(session.registrationOpensAt(), zone),
                        reader.moment(session.registrationDeadline(), zone),
                        reader.moment(session.sideEventProposalDeadline(), zone),
                        reader.moment(session.submissionDeadline(), zone))));
    }
}
