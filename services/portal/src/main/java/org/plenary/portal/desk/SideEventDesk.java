package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.DeskViews.Approval;
import org.plenary.portal.client.DeskViews.Room;
import org.plenary.portal.client.DeskViews.RoomRequest;
import org.plenary.portal.client.DeskViews.StandardSlots;
import org.plenary.portal.client.DeskViews.Step;
import org.plenary.portal.client.FocalPointViews.Proposal;
import org.plenary.portal.client.FocalPointViews.ReasonBody;
import org.plenary.portal.client.FocalPointViews.Slot;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.RegistrationClient;
import org.plenary.portal.client.SideEventClient;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.client.Views.Session;
import org.plenary.portal.me.Forms;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's side-event desk, per session: the rooms and slots (adding a room, the standard slots), the
 * proposals by status, a proposal with its history and the rejection form (which asks the reason), and the
 * allocation board: the rooms and slots as rows, the days as columns, each cell with the event placed there and a
 * form that approves a pending proposal into it. The side-event service decides every allocation: a taken room, a
 * room too small or an organiser's limit comes back in its words inside the cell.
 */
@Path("/me/desk/side-events")
public class SideEventDesk {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("PENDING", "APPROVED", "REJECTED", "WITHDRAWN", "CANCELLED");
    static final List<String> PERIODS = List.of("MORNING", "LUNCH", "EVENING");

    /** One cell of the board: a room in a slot, the events placed there, and its form's ids. */
    public record Cell(Room room, Slot slot, List<Proposal> events) {

        public String id() {
            return "c-" + room.id() + "-" + slot.id();
        }

        public String field() {
            return id() + "-proposalId";
        }

        public String time() {
            return timeOfDay(slot);
        }
    }

    /** One row of the board: a room at one time of day; a cell per day, null where no slot is on that day. */
    public record Row(Room room, String time, List<Cell> cells) {}

    /** A slot as the venue page lists it: its day and time of day in venue time. */
    public record SlotLine(Slot slot, String day, String time) {}

    /** A proposal as the lists show it. */
    public record Line(Proposal proposal, Moment proposed) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(List<Session> sessions, long total, Paging paging);

        static native TemplateInstance venue(
                Session session,
                List<Room> rooms,
                List<SlotLine> slots,
                List<String> periods,
                String roomName,
                String roomCapacity,
                String roomEquipment,
                String done,
                FormErrors errors);

        static native TemplateInstance proposals(
                Session session,
                List<String> statuses,
                String status,
                String q,
                List<Line> lines,
                long total,
                Paging paging);

        static native TemplateInstance proposal(
                Session session,
                Proposal proposal,
                Moment proposed,
                List<AccreditationDesk.HistoryStep> history,
                String reason,
                String done,
                FormErrors errors);

        static native TemplateInstance board(
                Session session,
                List<String> days,
                List<Row> rows,
                List<Proposal> pending,
                String chosen,
                String done,
                FormErrors errors);
    }

    private final SideEventClient sideEvents;
    private final RegistrationClient registration;
    private final Reader reader;

    public SideEventDesk(
            @RestClient SideEventClient sideEvents, @RestClient RegistrationClient registration, Reader reader) {
        this.sideEvents = sideEvents;
        this.registration = registration;
        this.reader = reader;
    }

    @GET
    public TemplateInstance sessions(@QueryParam("page") @DefaultValue("1") int page) {
        int current = Math.max(1, page);
        Page<Session> found = registration.sessions(null, current - 1, PAGE_SIZE);
        return reader.render(Templates.sessions(
                found.items(),
                found.total(),
                Paging.of("/me/desk/side-events", Map.of(), current, PAGE_SIZE, found.total())));
    }

    // ---------------------------------------------------------------- rooms and slots

    @GET
    @Path("/{sessionId}/venue")
    public TemplateInstance venue(@PathParam("sessionId") UUID sessionId, @QueryParam("done") String done) {
        return venuePage(sessionId, "", "", "", done, FormErrors.none());
    }

    @POST
    @Path("/{sessionId}/rooms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> addRoom(
            @PathParam("sessionId") UUID sessionId,
            @FormParam("name") String name,
            @FormParam("capacity") String capacity,
            @FormParam("equipment") String equipment) {
        Integer seats;
        try {
            seats = Forms.blankToNull(capacity) == null ? null : Integer.valueOf(capacity.trim());
        } catch (NumberFormatException notANumber) {
            // Not a number: sent as nothing, so that the service names the field in its words.
            seats = null;
        }
        List<String> items = Arrays.stream(Forms.orEmpty(equipment).split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
        try {
            sideEvents.addRoom(sessionId, new RoomRequest(Forms.orEmpty(name), seats, items));
            return Forms.seeOther("/me/desk/side-events/" + sessionId + "/venue?done=room");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    venuePage(
                            sessionId,
                            Forms.orEmpty(name),
                            Forms.orEmpty(capacity),
                            Forms.orEmpty(equipment),
                            null,
                            FormErrors.of(refusal, Map.of("room-name-taken", "name"))
                                    .prefixed("room-")));
        }
    }

    @POST
    @Path("/{sessionId}/slots/standard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> addStandardSlots(
            @PathParam("sessionId") UUID sessionId, @FormParam("periods") List<String> periods) {
        try {
            sideEvents.addStandardSlots(
                    sessionId,
                    new StandardSlots(
                            periods == null
                                    ? List.of()
                                    : periods.stream().filter(PERIODS::contains).toList()));
            return Forms.seeOther("/me/desk/side-events/" + sessionId + "/venue?done=slots");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    venuePage(
                            sessionId,
                            "",
                            "",
                            "",
                            null,
                            FormErrors.of(refusal, Map.of(refusal.rule(), "periods"))
                                    .prefixed("slots-")));
        }
    }

    private TemplateInstance venuePage(
            UUID sessionId, String name, String capacity, String equipment, String done, FormErrors errors) {
        Session session = registration.session(sessionId);
        return reader.render(Templates.venue(
                session,
                sideEvents.rooms(sessionId),
                sideEvents.slots(sessionId).stream()
                        .map(slot -> new SlotLine(slot, reader.date(slot.venueDate()), timeOfDay(slot)))
                        .toList(),
                PERIODS,
                name,
                capacity,
                equipment,
                done,
                errors));
    }

    // ---------------------------------------------------------------- proposals

    @GET
    @Path("/{sessionId}/proposals")
    public TemplateInstance proposals(
            @PathParam("sessionId") UUID sessionId,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page) {
        Session session = registration.session(sessionId);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String search = Forms.blankToNull(q);
        int current = Math.max(1, page);
        Page<Proposal> found = sideEvents.sessionProposals(sessionId, chosen, search, current - 1, PAGE_SIZE);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("status", chosen);
        query.put("q", search);
        return reader.render(Templates.proposals(
                session,
                STATUSES,
                chosen == null ? "" : chosen,
                search == null ? "" : search,
                found.items().stream()
                        .map(p -> new Line(p, reader.moment(p.proposedAt(), session.timeZone())))
                        .toList(),
                found.total(),
                Paging.of(
                        "/me/desk/side-events/" + sessionId + "/proposals", query, current, PAGE_SIZE, found.total())));
    }

    @GET
    @Path("/proposals/{id}")
    public TemplateInstance proposal(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return proposalPage(id, "", done, FormErrors.none());
    }

    @POST
    @Path("/proposals/{id}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> reject(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        try {
            sideEvents.reject(id, new ReasonBody(Forms.orEmpty(reason)));
            return Forms.seeOther("/me/desk/side-events/proposals/" + id + "?done=rejected");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            return RestResponse.status(
                    Forms.status(refusal),
                    proposalPage(
                            id, Forms.orEmpty(reason), null, FormErrors.of(refusal, Map.of(refusal.rule(), "reason"))));
        }
    }

    private TemplateInstance proposalPage(UUID id, String reason, String done, FormErrors errors) {
        Proposal proposal = sideEvents.proposal(id);
        Session session = registration.session(proposal.sessionId());
        List<Step> history = sideEvents.deskProposalHistory(id);
        return reader.render(Templates.proposal(
                session,
                proposal,
                reader.moment(proposal.proposedAt(), session.timeZone()),
                history.stream()
                        .map(step ->
                                new AccreditationDesk.HistoryStep(step, reader.moment(step.at(), session.timeZone())))
                        .toList(),
                reason,
                done,
                errors));
    }

    // ---------------------------------------------------------------- the allocation board

    @GET
    @Path("/{sessionId}/board")
    public TemplateInstance board(@PathParam("sessionId") UUID sessionId, @QueryParam("done") String done) {
        return boardPage(sessionId, null, done, FormErrors.none());
    }

    @POST
    @Path("/{sessionId}/board")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> approve(
            @PathParam("sessionId") UUID sessionId,
            @FormParam("proposalId") String proposalId,
            @FormParam("roomId") UUID roomId,
            @FormParam("slotId") UUID slotId) {
        String cell = "c-" + roomId + "-" + slotId + "-";
        UUID proposal;
        try {
            proposal = UUID.fromString(Forms.orEmpty(proposalId));
        } catch (IllegalArgumentException none) {
            FormErrors errors = FormErrors.at(
                    cell + "proposalId",
                    MessageBundles.get(
                                    DeskMessages.class,
                                    Localized.Literal.of(
                                            List.of("fr", "es").contains(reader.lang()) ? reader.lang() : "en"))
                            .board_choose_proposal());
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, boardPage(sessionId, null, null, errors));
        }
        try {
            sideEvents.approve(proposal, new Approval(roomId, slotId));
            return Forms.seeOther(
                    "/me/desk/side-events/" + sessionId + "/board?done=approved#c-" + roomId + "-" + slotId);
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            FormErrors errors = FormErrors.of(refusal, Map.of(refusal.rule(), "proposalId"), Map.of())
                    .prefixed(cell);
            return RestResponse.status(Forms.status(refusal), boardPage(sessionId, proposal.toString(), null, errors));
        }
    }

    private TemplateInstance boardPage(UUID sessionId, String chosen, String done, FormErrors errors) {
        Session session = registration.session(sessionId);
        List<Room> rooms = sideEvents.rooms(sessionId);
        List<Slot> slots = sideEvents.slots(sessionId);
        List<Proposal> approved = all(sessionId, "APPROVED");
        List<Proposal> pending =
                sideEvents.sessionProposals(sessionId, "PENDING", null, 0, 100).items();
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<String> times = new TreeSet<>();
        for (Slot slot : slots) {
            dates.add(slot.venueDate());
            times.add(timeOfDay(slot));
        }
        List<LocalDate> days = new ArrayList<>(dates);
        List<Row> rows = new ArrayList<>();
        for (Room room : rooms) {
            for (String time : times) {
                List<Cell> cells = new ArrayList<>();
                for (LocalDate day : days) {
                    Slot slot = slots.stream()
                            .filter(s -> s.venueDate().equals(day) && time.equals(timeOfDay(s)))
                            .findFirst()
                            .orElse(null);
                    cells.add(
                            slot == null
                                    ? null
                                    : new Cell(
                                            room,
                                            slot,
                                            approved.stream()
                                                    .filter(p -> p.allocation() != null
                                                            && room.id()
                                                                    .equals(p.allocation()
                                                                            .roomId())
                                                            && slot.id()
                                                                    .equals(p.allocation()
                                                                            .slotId()))
                                                    .toList()));
                }
                rows.add(new Row(room, time, cells));
            }
        }
        return reader.render(Templates.board(
                session,
                days.stream().map(reader::date).toList(),
                rows,
                pending,
                chosen == null ? "" : chosen,
                done,
                errors));
    }

    /** A slot's time of day in venue time, {@code 13:15–14:05}, as the board's rows are. */
    public static String timeOfDay(Slot slot) {
        return clock(slot.startsAtVenueTime()) + "–" + clock(slot.endsAtVenueTime());
    }

    /** The hours and minutes of the service's venue time ({@code 2027-01-04T13:15:00+01:00}). */
    private static String clock(String venueTime) {
        if (venueTime == null) {
            return "";
        }
        try {
            return java.time.OffsetDateTime.parse(venueTime).toLocalTime().toString();
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(venueTime).toLocalTime().toString();
            } catch (java.time.format.DateTimeParseException notLocal) {
                return venueTime;
            }
        }
    }

    /** Every proposal of the session in this status, page after page. */
    private List<Proposal> all(UUID sessionId, String status) {
        List<Proposal> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Page<Proposal> found = sideEvents.sessionProposals(sessionId, status, null, page, 100);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return all.stream().filter(Objects::nonNull).toList();
    }
}
