package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SideEventClient;
import org.plenary.portal.client.Views.Programme;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.web.Reader;

/** A session's side-event programme by day, time and room (venue time), and its iCalendar feed. */
@Path("/sessions/{sessionId}")
public class ProgrammePage {

    /** One day of the programme, its date in the reader's language. */
    public record Day(String date, List<Programme.Event> events) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programme(Session session, List<Day> days);
    }

    private final RegistrationClient registration;
    private final SideEventClient sideEvents;
    private final Reader reader;

    public ProgrammePage(
            @RestClient RegistrationClient registration, @RestClient SideEventClient sideEvents, Reader reader) {
        this.registration = registration;
        this.sideEvents = sideEvents;
        this.reader = reader;
    }

    @GET
    @Path("/programme")
    public TemplateInstance programme(@PathParam("sessionId") UUID sessionId) {
        Session session = registration.session(sessionId);
        List<Day> days;
        try {
            days = sideEvents.programme(sessionId).days().stream()
                    .filter(day -> !day.events().isEmpty())
                    .map(day -> new Day(reader.date(day.date()), day.events()))
                    .toList();
        } catch (Refusal refusal) {
            // The side-event service learns of a session from its event: until then it has no programme.
            if (!refusal.notFound()) {
                throw refusal;
            }
            days = List.of();
        }
        return reader.render(Templates.programme(session, days));
    }

    @GET
    @Path("/programme.ics")
    @Produces("text/calendar")
    public RestResponse<String> calendar(@PathParam("sessionId") UUID sessionId) {
        return RestResponse.ResponseBuilder.ok(sideEvents.calendar(sessionId))
                .type("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"side-events-" + sessionId + ".ics\"")
                .build();
    }
}
