package org.plenary.portal.me.sideevent;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.FocalPointViews.CoOrganisers;
import org.plenary.portal.client.FocalPointViews.Proposal;
import org.plenary.portal.client.FocalPointViews.ProposalRequest;
import org.plenary.portal.client.FocalPointViews.Slot;
import org.plenary.portal.client.FocalPointViews.Transition;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SideEventClient;
import org.plenary.portal.client.Views.AccreditedOrganisation;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * A focal point's side events (side-event service): propose one for a session, with co-organisers picked from the
 * organisations accredited to the session's body (accreditation's public list) and preferred slots from the
 * session's slots; follow its status, room and slot; edit it while the service allows (pending, before the
 * proposal deadline).
 */
@Path("/me/side-events")
public class ProposalPages {

    /** Rules about one field of the form, where the service names none. */
    private static final Map<String, String> FIELD_RULES = Map.of(
            "co-organiser-not-eligible", "coOrganisers.organisations",
            "slot-not-in-session", "preferredSlotIds");

    /** What the reader typed (or, to edit, what the proposal holds). */
    public record ProposalForm(
            String title,
            String description,
            String format,
            String expectedAttendance,
            List<String> coOrganisations,
            String memberStates,
            List<String> preferredSlots) {

        static ProposalForm empty() {
            return new ProposalForm("", "", "", "", List.of(), "", List.of("", "", ""));
        }

        static ProposalForm of(Proposal p) {
            List<String> slots = new ArrayList<>(p.preferredSlotIds() == null ? List.of() : p.preferredSlotIds());
            while (slots.size() < 3) {
                slots.add("");
            }
            return new ProposalForm(
                    p.title(),
                    p.description(),
                    p.format(),
                    String.valueOf(p.expectedAttendance()),
                    p.coOrganisers() == null || p.coOrganisers().organisations() == null
                            ? List.of()
                            : p.coOrganisers().organisations(),
                    p.memberStates(),
                    slots.subList(0, 3));
        }

        public boolean coOrganisedBy(String organisationId) {
            return coOrganisations.contains(organisationId);
        }

        /** The slot chosen as the {@code n}th preference (1, 2, 3), or "". */
        public String slot(int n) {
            return n >= 1 && n <= preferredSlots.size() ? preferredSlots.get(n - 1) : "";
        }

        /** The id of the {@code n}th preference's select. */
        public String slotInput(int n) {
            return "preferredSlot-" + n;
        }

        /** The id of an organisation's co-organiser checkbox. */
        public String coInput(String organisationId) {
            return "co-" + organisationId;
        }

        /** The member states typed, as codes in the order typed. */
        List<String> memberStateCodes() {
            return Arrays.stream(memberStates.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
        }

        /** The slots chosen, in order of preference, once each; and for each, the number of the select it came from. */
        Map<UUID, Integer> chosenSlots() {
            Map<UUID, Integer> chosen = new LinkedHashMap<>();
            for (int n = 1; n <= preferredSlots.size(); n++) {
                try {
                    chosen.putIfAbsent(UUID.fromString(preferredSlots.get(n - 1)), n);
                } catch (IllegalArgumentException e) {
                    // none chosen, or not one of the offered slots: left out
                }
            }
            return chosen;
        }
    }

    /** A slot as the form offers it: its label and its time at the venue. */
    public record SlotChoice(String id, String label) {}

    /** A proposal in the list, with its session's title. */
    public record ProposalLine(Proposal proposal, String sessionTitle) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposals(List<ProposalLine> proposals, List<Session> sessions);

        static native TemplateInstance proposal(
                Session session,
                Moment deadline,
                String action,
                List<AccreditedOrganisation> organisations,
                List<SlotChoice> slots,
                ProposalForm form,
                FormErrors errors);

        static native TemplateInstance detail(
                Proposal proposal,
                Session session,
                Moment deadline,
                Moment startsAt,
                Map<String, String> coOrganiserNames,
                List<String> preferredSlots,
                List<Transition> history,
                boolean editable,
                String done);
    }

    private final SideEventClient sideEvents;
    private final RegistrationClient registrations;
    private final AccreditationClient accreditation;
    private final Reader reader;

    public ProposalPages(
            @RestClient SideEventClient sideEvents,
            @RestClient RegistrationClient registrations,
            @RestClient AccreditationClient accreditation,
            Reader reader) {
        this.sideEvents = sideEvents;
        this.registrations = registrations;
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance list() {
        List<Session> sessions = registrations.sessions(null, 0, 100).items();
        Map<UUID, String> titles = new LinkedHashMap<>();
        sessions.forEach(s -> titles.put(s.sessionId(), s.title()));
        List<ProposalLine> lines = sideEvents.proposals(0, 100).items().stream()
                .map(p -> new ProposalLine(p, titles.getOrDefault(p.sessionId(), String.valueOf(p.sessionId()))))
                .toList();
        return reader.render(Templates.proposals(
                lines,
                sessions.stream()
                        .filter(s -> s.sideEventProposalDeadline() != null)
                        .toList()));
    }

    @GET
    @Path("/new")
    public TemplateInstance proposeForm(@QueryParam("sessionId") UUID sessionId) {
        Session session = registrations.session(sessionId);
        return form(session, "/me/side-events?sessionId=" + sessionId, ProposalForm.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> propose(
            @QueryParam("sessionId") UUID sessionId,
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("format") String format,
            @FormParam("expectedAttendance") String attendance,
            @FormParam("coOrganisers.organisations") List<String> organisations,
            @FormParam("coOrganisers.memberStates") String memberStates,
            @FormParam("preferredSlot") List<String> slots) {
        Session session = registrations.session(sessionId);
        ProposalForm form = typed(title, description, format, attendance, organisations, memberStates, slots);
        try {
            Proposal proposed = sideEvents.propose(sessionId, request(form));
            return Forms.seeOther("/me/side-events/" + proposed.id() + "?done=proposed");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    form(session, "/me/side-events?sessionId=" + sessionId, form, errors(refusal, session, form)));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Proposal proposal = sideEvents.proposal(id);
        Session session = registrations.session(proposal.sessionId());
        Map<String, String> names = new LinkedHashMap<>();
        if (proposal.coOrganisers() != null && proposal.coOrganisers().organisations() != null) {
            Map<String, String> accredited = new LinkedHashMap<>();
            organisations(session).forEach(o -> accredited.put(o.organisationId(), o.name()));
            proposal.coOrganisers().organisations().forEach(o -> names.put(o, accredited.getOrDefault(o, o)));
        }
        Map<String, String> slotLabels = new LinkedHashMap<>();
        slots(session).forEach(s -> slotLabels.put(s.id(), s.label()));
        List<String> preferred = proposal.preferredSlotIds() == null
                ? List.of()
                : proposal.preferredSlotIds().stream()
                        .map(s -> slotLabels.getOrDefault(s, s))
                        .toList();
        Moment deadline = deadline(session);
        return reader.render(Templates.detail(
                proposal,
                session,
                deadline,
                proposal.allocation() == null || proposal.allocation().startsAt() == null
                        ? null
                        : reader.moment(proposal.allocation().startsAt(), session.timeZone()),
                names,
                preferred,
                sideEvents.proposalHistory(id),
                proposal.pending() && (deadline == null || !deadline.passed()),
                done));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") UUID id) {
        Proposal proposal = sideEvents.proposal(id);
        Session session = registrations.session(proposal.sessionId());
        return form(session, "/me/side-events/" + id + "/edit", ProposalForm.of(proposal), FormErrors.none());
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> edit(
            @PathParam("id") UUID id,
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("format") String format,
            @FormParam("expectedAttendance") String attendance,
            @FormParam("coOrganisers.organisations") List<String> organisations,
            @FormParam("coOrganisers.memberStates") String memberStates,
            @FormParam("preferredSlot") List<String> slots) {
        Proposal proposal = sideEvents.proposal(id);
        Session session = registrations.session(proposal.sessionId());
        ProposalForm form = typed(title, description, format, attendance, organisations, memberStates, slots);
        try {
            sideEvents.update(id, request(form));
            return Forms.seeOther("/me/side-events/" + id + "?done=edited");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    form(session, "/me/side-events/" + id + "/edit", form, errors(refusal, session, form)));
        }
    }

    /**
     * The service's refusal on the form: each co-organiser next to its checkbox, each preferred slot next to the
     * select it was chosen in, and each member state next to the member-states input, named by its code.
     */
    private FormErrors errors(Refusal refusal, Session session, ProposalForm form) {
        Map<String, String> offered = new LinkedHashMap<>();
        if (refusal.fields().stream().anyMatch(f -> f.field().startsWith("coOrganisers.organisations["))) {
            organisations(session).forEach(o -> offered.put(o.organisationId(), o.name()));
        }
        List<String> organisations = form.coOrganisations();
        List<Integer> slotInputs = List.copyOf(form.chosenSlots().values());
        return FormErrors.of(
                refusal,
                FIELD_RULES,
                Map.of(
                        "coOrganisers.organisations",
                        new FormErrors.ListInputs(
                                i -> i < organisations.size() && offered.containsKey(organisations.get(i))
                                        ? form.coInput(organisations.get(i))
                                        : null,
                                i -> i < organisations.size() ? organisations.get(i) : null),
                        "coOrganisers.memberStates",
                        FormErrors.ListInputs.oneInput(form.memberStateCodes()),
                        "preferredSlotIds",
                        FormErrors.ListInputs.eachElement(
                                i -> i < slotInputs.size() ? form.slotInput(slotInputs.get(i)) : null)));
    }

    private TemplateInstance form(Session session, String action, ProposalForm form, FormErrors errors) {
        return reader.render(Templates.proposal(
                session, deadline(session), action, organisations(session), slots(session), form, errors));
    }

    private Moment deadline(Session session) {
        return session.sideEventProposalDeadline() == null
                ? null
                : reader.moment(session.sideEventProposalDeadline(), session.timeZone());
    }

    private List<AccreditedOrganisation> organisations(Session session) {
        return accreditation.accredited(session.bodyId(), null, 0, 100).items();
    }

    private List<SlotChoice> slots(Session session) {
        List<SlotChoice> choices = new ArrayList<>();
        for (Slot slot : sideEvents.slots(session.sessionId())) {
            String day = reader.date(slot.venueDate());
            String label = day + ", " + slot.startsAtVenueTime() + "–" + slot.endsAtVenueTime()
                    + (slot.label() == null || slot.label().isBlank() ? "" : " (" + slot.label() + ")");
            choices.add(new SlotChoice(slot.id().toString(), label));
        }
        return choices;
    }

    private static ProposalForm typed(
            String title,
            String description,
            String format,
            String attendance,
            List<String> organisations,
            String memberStates,
            List<String> slots) {
        List<String> chosen = new ArrayList<>(slots == null ? List.of() : slots);
        while (chosen.size() < 3) {
            chosen.add("");
        }
        return new ProposalForm(
                Forms.orEmpty(title),
                Forms.orEmpty(description),
                Forms.orEmpty(format),
                Forms.orEmpty(attendance),
                organisations == null ? List.of() : List.copyOf(organisations),
                Forms.orEmpty(memberStates).toUpperCase(Locale.ROOT),
                chosen.subList(0, 3));
    }

    /**
     * The request as the service takes it. An attendance that is not a number is sent as none, so that the
     * service's own words ("must not be null") are shown beside the field.
     */
    private static ProposalRequest request(ProposalForm form) {
        Integer attendance;
        try {
            attendance = form.expectedAttendance().isBlank() ? null : Integer.valueOf(form.expectedAttendance());
        } catch (NumberFormatException e) {
            attendance = null;
        }
        return new ProposalRequest(
                form.title(),
                form.description(),
                Forms.blankToNull(form.format()),
                attendance,
                new CoOrganisers(form.coOrganisations(), form.memberStateCodes()),
                List.copyOf(form.chosenSlots().keySet()));
    }
}
