package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/** The home page: the bodies and their sessions. */
@Path("/")
public class HomePage {

    /** A body with its sessions, as the home page lists them. */
    public record BodySessions(Body body, List<SessionLine> sessions) {}

    /** One session in a list: its dates and its registration deadline. */
    public record SessionLine(Session session, String start, String end, Moment deadline) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<BodySessions> bodies);
    }

    private final AccreditationClient accreditation;
    private final RegistrationClient registration;
    private final Reader reader;

    public HomePage(
            @RestClient AccreditationClient accreditation, @RestClient RegistrationClient registration, Reader reader) {
        this.accreditation = accreditation;
        this.registration = registration;
        this.reader = reader;
    }

    @GET
    public TemplateInstance home() {
        List<Body> bodies = accreditation.bodies(0, 100).items();
        Map<String, List<SessionLine>> sessions = registration.sessions(null, 0, 100).items().stream()
                .map(this::line)
                .collect(Collectors.groupingBy(line -> line.session().bodyId()));
        return reader.render(Templates.home(bodies.stream()
                .map(body -> new BodySessions(body, sessions.getOrDefault(body.id(), List.of())))
                .toList()));
    }

    SessionLine line(Session session) {
        return new SessionLine(
                session,
                reader.date(session.startDate()),
                reader.date(session.endDate()),
                reader.moment(session.registrationDeadline(), session.timeZone()));
    }
}
