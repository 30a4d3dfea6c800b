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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.DeskViews.MeetingPart;
import org.plenary.portal.client.DeskViews.SessionDetail;
import org.plenary.portal.client.DeskViews.SessionRequest;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's sessions: the list, and the form that creates a session or changes one (dates, the venue's time
 * zone, its deadlines in venue time as the officer types them, participation, quota, seats, late policy,
 * confirmation, nomination letters, meeting parts, the side-event and submission deadlines, the word limit). The
 * registration service reads and decides every field; its refusal is shown next to the field it names, with what
 * was typed kept.
 */
@Path("/me/desk/sessions")
public class SessionDesk {

    static final int PAGE_SIZE = 20;
    /** How many meeting parts the form offers (the service takes up to 50; a session has a handful). */
    static final int MEETING_PART_ROWS = 6;

    static final List<String> PARTICIPATIONS = List.of("ACCREDITATION_ONLY", "OPEN");
    static final List<String> LATE_POLICIES = List.of("REFUSE", "ACCEPT_LATE");

    /** One meeting part's row of the form. */
    public record PartRow(int n, String name, boolean stakeholdersMayAttend) {

        public String nameInput() {
            return "meetingPart-" + n + "-name";
        }

        public String attendInput() {
            return "meetingPart-" + n + "-attend";
        }
    }

    /** What the officer typed (or, to edit, what the session holds, its times in venue time). */
    public record SessionForm(
            String bodyId,
            String title,
            String venue,
            String timeZone,
            String startDate,
            String endDate,
            String registrationOpensAt,
            String registrationDeadline,
            String participation,
            String accreditationCutoff,
            String delegateQuota,
            String seats,
            String latePolicy,
            boolean confirmationRequired,
            boolean nominationLetterRequired,
            List<PartRow> parts,
            String sideEventProposalDeadline,
            String submissionDeadline,
            String submissionWordLimit,
            boolean submissionScansAllowed) {

        static SessionForm empty() {
            List<PartRow> parts = new ArrayList<>();
            parts.add(new PartRow(1, "Plenary", true));
            for (int n = 2; n <= MEETING_PART_ROWS; n++) {
                parts.add(new PartRow(n, "", false));
            }
            return new SessionForm(
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "ACCREDITATION_ONLY",
                    "",
                    "1",
                    "",
                    "REFUSE",
                    false,
                    false,
                    parts,
                    "",
                    "",
                    "",
                    false);
        }

        static SessionForm of(SessionDetail s) {
            ZoneId zone = zone(s.timeZone());
            List<PartRow> parts = new ArrayList<>();
            List<MeetingPart> held = s.meetingParts() == null ? List.of() : s.meetingParts();
            for (int n = 1; n <= Math.max(MEETING_PART_ROWS, held.size() + 1); n++) {
                MeetingPart part = n <= held.size() ? held.get(n - 1) : null;
                parts.add(
                        new PartRow(n, part == null ? "" : part.name(), part != null && part.stakeholdersMayAttend()));
            }
            return new SessionForm(
                    s.bodyId(),
                    s.title(),
                    s.venue(),
                    s.timeZone(),
                    text(s.startDate()),
                    text(s.endDate()),
                    venueTime(s.registrationOpensAt(), zone),
                    venueTime(s.registrationDeadline(), zone),
                    s.participation(),
                    venueTime(s.accreditationCutoff(), zone),
                    String.valueOf(s.delegateQuota()),
                    text(s.seats()),
                    s.latePolicy(),
                    s.confirmationRequired(),
                    s.nominationLetterRequired(),
                    parts,
                    venueTime(s.sideEventProposalDeadline(), zone),
                    venueTime(s.submissionDeadline(), zone),
                    text(s.submissionWordLimit()),
                    s.submissionScansAllowed());
        }

        /** The meeting parts named, in the order of the rows; each with the row it came from. */
        List<PartRow> named() {
            return parts.stream().filter(p -> !p.name().isBlank()).toList();
        }

        SessionRequest request() {
            return new SessionRequest(
                    Forms.blankToNull(bodyId),
                    Forms.blankToNull(title),
                    Forms.blankToNull(venue),
                    Forms.blankToNull(timeZone),
                    Forms.blankToNull(startDate),
                    Forms.blankToNull(endDate),
                    Forms.blankToNull(registrationOpensAt),
                    Forms.blankToNull(registrationDeadline),
                    Forms.blankToNull(participation),
                    Forms.blankToNull(accreditationCutoff),
                    Forms.blankToNull(delegateQuota),
                    Forms.blankToNull(seats),
                    Forms.blankToNull(latePolicy),
                    confirmationRequired,
                    nominationLetterRequired,
                    named().stream()
                            .map(p -> new MeetingPart(p.name().trim(), p.stakeholdersMayAttend()))
                            .toList(),
                    Forms.blankToNull(sideEventProposalDeadline),
                    Forms.blankToNull(submissionDeadline),
                    Forms.blankToNull(submissionWordLimit),
                    submissionScansAllowed);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }

        private static ZoneId zone(String id) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException | NullPointerException e) {
                return ZoneId.of("UTC");
            }
        }

        /** An instant as the venue's clocks show it, to the second, as the service reads it back. */
        private static String venueTime(Instant at, ZoneId zone) {
            return at == null
                    ? ""
                    : at.atZone(zone)
                            .toLocalDateTime()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(List<Session> sessions, long total, Paging paging, String done);

        static native TemplateInstance form(
                String sessionTitle,
                String action,
                boolean editing,
                List<Body> bodies,
                List<String> participations,
                List<String> latePolicies,
                SessionForm form,
                String done,
                FormErrors errors);
    }

    private final RegistrationClient registration;
    private final AccreditationClient accreditation;
    private final Reader reader;

    public SessionDesk(
            @RestClient RegistrationClient registration, @RestClient AccreditationClient accreditation, Reader reader) {
        this.registration = registration;
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance sessions(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("done") String done) {
        int current = Math.max(1, page);
        Page<Session> found = registration.sessions(null, current - 1, PAGE_SIZE);
        return reader.render(Templates.sessions(
                found.items(),
                found.total(),
                Paging.of("/me/desk/sessions", Map.of(), current, PAGE_SIZE, found.total()),
                done));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return form(null, SessionForm.empty(), null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(@jakarta.ws.rs.BeanParam Typed typed) {
        SessionForm form = typed.form();
        try {
            SessionDetail created = registration.createSession(form.request());
            return Forms.seeOther("/me/desk/sessions/" + created.sessionId() + "?done=created");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), form(null, form, null, errors(refusal, form)));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance editForm(@PathParam("id") UUID id, @QueryParam("done") String done) {
        SessionDetail session = registration.sessionDetail(id);
        return form(session, SessionForm.of(session), done, FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> update(@PathParam("id") UUID id, @jakarta.ws.rs.BeanParam Typed typed) {
        SessionDetail session = registration.sessionDetail(id);
        SessionForm form = typed.form();
        try {
            registration.updateSession(id, form.request());
            return Forms.seeOther("/me/desk/sessions/" + id + "?done=saved");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(Forms.status(refusal), form(session, form, null, errors(refusal, form)));
        }
    }

    /** The form's fields as posted. */
    public static class Typed {
        @FormParam("bodyId")
        String bodyId;

        @FormParam("title")
        String title;

        @FormParam("venue")
        String venue;

        @FormParam("timeZone")
        String timeZone;

        @FormParam("startDate")
        String startDate;

        @FormParam("endDate")
        String endDate;

        @FormParam("registrationOpensAt")
        String registrationOpensAt;

        @FormParam("registrationDeadline")
        String registrationDeadline;

        @FormParam("participation")
        String participation;

        @FormParam("accreditationCutoff")
        String accreditationCutoff;

        @FormParam("delegateQuota")
        String delegateQuota;

        @FormParam("seats")
        String seats;

        @FormParam("latePolicy")
        String latePolicy;

        @FormParam("confirmationRequired")
        String confirmationRequired;

        @FormParam("nominationLetterRequired")
        String nominationLetterRequired;

        @FormParam("partName")
        List<String> partNames;

        @FormParam("partAttend")
        List<String> partsAttended;

        @FormParam("sideEventProposalDeadline")
        String sideEventProposalDeadline;

        @FormParam("submissionDeadline")
        String submissionDeadline;

        @FormParam("submissionWordLimit")
        String submissionWordLimit;

        @FormParam("submissionScansAllowed")
        String submissionScansAllowed;

        SessionForm form() {
            List<String> names = partNames == null ? List.of() : partNames;
            List<String> attended = partsAttended == null ? List.of() : partsAttended;
            List<PartRow> parts = new ArrayList<>();
            for (int n = 1; n <= Math.max(MEETING_PART_ROWS, names.size()); n++) {
                String name = n <= names.size() ? Forms.orEmpty(names.get(n - 1)) : "";
                parts.add(new PartRow(n, name, attended.contains(String.valueOf(n))));
            }
            return new SessionForm(
                    Forms.orEmpty(bodyId),
                    Forms.orEmpty(title),
                    Forms.orEmpty(venue),
                    Forms.orEmpty(timeZone),
                    Forms.orEmpty(startDate),
                    Forms.orEmpty(endDate),
                    Forms.orEmpty(registrationOpensAt),
                    Forms.orEmpty(registrationDeadline),
                    Forms.orEmpty(participation),
                    Forms.orEmpty(accreditationCutoff),
                    Forms.orEmpty(delegateQuota),
                    Forms.orEmpty(seats),
                    Forms.orEmpty(latePolicy),
                    confirmationRequired != null,
                    nominationLetterRequired != null,
                    parts,
                    Forms.orEmpty(sideEventProposalDeadline),
                    Forms.orEmpty(submissionDeadline),
                    Forms.orEmpty(submissionWordLimit),
                    submissionScansAllowed != null);
        }
    }

    /** The refusal on the form: a meeting part's field next to the row it was typed in. */
    private static FormErrors errors(Refusal refusal, SessionForm form) {
        List<PartRow> named = form.named();
        return FormErrors.of(
                refusal,
                Map.of(),
                Map.of(
                        "meetingParts",
                        FormErrors.ListInputs.eachElement(
                                i -> i >= 0 && i < named.size() ? named.get(i).nameInput() : null)));
    }

    private TemplateInstance form(SessionDetail session, SessionForm form, String done, FormErrors errors) {
        List<Body> bodies;
        try {
            bodies = accreditation.bodies(0, 100).items();
        } catch (Refusal | ProcessingException e) {
            // The bodies are a convenience beside the input: the officer can still type the body's id.
            bodies = List.of();
        }
        return reader.render(Templates.form(
                session == null ? null : session.title(),
                session == null ? "/me/desk/sessions" : "/me/desk/sessions/" + session.sessionId(),
                session != null,
                bodies,
                PARTICIPATIONS,
                LATE_POLICIES,
                form,
                done,
                errors));
    }
}
