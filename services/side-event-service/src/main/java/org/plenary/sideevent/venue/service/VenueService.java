package org.plenary.sideevent.venue.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.contracts.SideEventEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.sideevent.db.DatabaseRules;
import org.plenary.sideevent.proposal.domain.Proposal;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.session.domain.SessionCopy;
import org.plenary.sideevent.session.service.SessionService;
import org.plenary.sideevent.venue.domain.Room;
import org.plenary.sideevent.venue.domain.Slot;
import org.plenary.sideevent.venue.domain.StandardSlots;
import org.plenary.sideevent.venue.domain.StandardSlots.Period;
import org.plenary.sideevent.venue.rest.RoomRequest;
import org.plenary.sideevent.venue.rest.RoomView;
import org.plenary.sideevent.venue.rest.SlotRequest;
import org.plenary.sideevent.venue.rest.SlotView;

/** The session's rooms and side-event slots, as the secretariat sets them up; each change is an event. */
@ApplicationScoped
public class VenueService {

    private final SessionService sessions;
    private final Outbox outbox;
    private final StandardSlots standardSlots;

    public VenueService(
            SessionService sessions,
            Outbox outbox,
            @ConfigProperty(name = "sideevent.standard-slots.morning") LocalTime morning,
            @ConfigProperty(name = "sideevent.standard-slots.lunch") LocalTime lunch,
            @ConfigProperty(name = "sideevent.standard-slots.evening") LocalTime evening,
            @ConfigProperty(name = "sideevent.standard-slots.minutes") int minutes) {
        this.sessions = sessions;
        this.outbox = outbox;
        Map<Period, LocalTime> starts = new EnumMap<>(Period.class);
        starts.put(Period.MORNING, morning);
        starts.put(Period.LUNCH, lunch);
        starts.put(Period.EVENING, evening);
        this.standardSlots = new StandardSlots(starts, Duration.ofMinutes(minutes));
    }

    // ------------------------------------------------------------------ rooms

    @WithSession
    public Uni<List<RoomView>> rooms(UUID sessionId) {
        return sessions.find(sessionId)
                .chain(session -> Room.<Room>list("sessionId", Sort.by("name").and("id"), sessionId))
                .map(rooms -> rooms.stream().map(RoomView::of).toList());
    }

    @WithTransaction
    public Uni<RoomView> addRoom(UUID sessionId, RoomRequest request, Actor actor) {
        return sessions.find(sessionId).chain(session -> {
            Room room = new Room();
            room.id = UUID.randomUUID();
            room.sessionId = sessionId;
            room.name = request.name().strip();
            room.capacity = request.capacity();
            room.equipment = request.equipmentOrEmpty();
            return room.<Room>persist()
                    .call(Panache::flush)
                    .onFailure()
                    .transform(e -> roomRule(e, room.name))
                    .chain(saved -> emitRoom(saved, SideEventEvents.ROOM_CREATED, actor));
        });
    }

    /**
     * Changes a room. Its capacity may not go below the expected attendance of an event approved into it: checked
     * here, and by the database, where the capacity reaches each approved proposal through a cascading key.
     */
    @WithTransaction
    public Uni<RoomView> updateRoom(UUID sessionId, UUID roomId, RoomRequest request, Actor actor) {
        return Room.<Room>findById(roomId, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("room", roomId))
                .invoke(room -> {
                    if (!room.sessionId.equals(sessionId)) {
                        throw RuleViolation.notFound("room", roomId);
                    }
                })
                .chain(room -> Proposal.<Proposal>list(
                                "status = ?1 and allocation.roomId = ?2 and expectedAttendance > ?3 order by id",
                                ProposalStatus.APPROVED,
                                roomId,
                                request.capacity())
                        .chain(tooLarge -> {
                            if (!tooLarge.isEmpty()) {
                                throw capacityBelowAllocation(request.capacity())
                                        .with(
                                                "largestExpectedAttendance",
                                                tooLarge.stream()
                                                        .mapToInt(p -> p.expectedAttendance)
                                                        .max()
                                                        .orElseThrow())
                                        .with(
                                                "proposalIds",
                                                tooLarge.stream()
                                                        .map(p -> p.id.toString())
                                                        .toList());
                            }
                            room.name = request.name().strip();
                            room.capacity = request.capacity();
                            room.equipment = request.equipmentOrEmpty();
                            return Panache.flush()
                                    .onFailure()
                                    .transform(e -> roomRule(e, room.name))
                                    .replaceWith(room);
                        }))
                .chain(room -> emitRoom(room, SideEventEvents.ROOM_UPDATED, actor));
    }

    private Throwable roomRule(Throwable failure, String name) {
        return DatabaseRules.violatedConstraint(failure)
                .<Throwable>map(constraint -> switch (constraint) {
                    case "room_name_per_session" ->
                        RuleViolation.conflict(
                                        "room-name-taken",
                                        "Room name taken",
                                        "The session already has a room called " + name + ".")
                                .with("name", name);
                    case "proposal_fits_room" -> capacityBelowAllocation(null);
                    default -> failure;
                })
                .orElse(failure);
    }

    private static RuleViolation capacityBelowAllocation(Integer capacity) {
        RuleViolation violation = RuleViolation.conflict(
                "room-capacity-below-allocation",
                "An approved event needs more room",
                "An event approved into this room expects more people than " + capacity + "; move it first.");
        return capacity == null ? violation : violation.with("capacity", capacity);
    }

    private Uni<RoomView> emitRoom(Room room, String type, Actor actor) {
        RoomView view = RoomView.of(room);
        return outbox.record(
                        SideEventEvents.VENUE_TOPIC,
                        "session",
                        room.sessionId.toString(),
                        room.id.toString(),
                        type,
                        new RoomEvent(room.id, room.sessionId, room.name, room.capacity, room.equipment, actor))
                .replaceWith(view);
    }

    // ------------------------------------------------------------------ slots

    @WithSession
    public Uni<List<SlotView>> slots(UUID sessionId) {
        return sessions.find(sessionId)
                .chain(session -> Slot.<Slot>list(
                                "sessionId", Sort.by("startsAt").and("endsAt"), sessionId)
                        .map(slots -> slots.stream()
                                .map(slot -> SlotView.of(slot, session.zone()))
                                .toList()));
    }

    @WithTransaction
    public Uni<SlotView> addSlot(UUID sessionId, SlotRequest request, Actor actor) {
        return sessions.find(sessionId).chain(session -> {
            Instant start = request.startsAt();
            Instant end = start.plus(Duration.ofMinutes(request.minutes()));
            checkWithinSession(session, start, end);
            Slot slot = newSlot(sessionId, start, end, blankToNull(request.label()));
            return slot.<Slot>persist()
                    .call(Panache::flush)
                    .onFailure()
                    .transform(e -> DatabaseRules.violatedConstraint(e)
                            .filter("slot_unique"::equals)
                            .<Throwable>map(c -> RuleViolation.conflict(
                                            "slot-exists",
                                            "Slot exists",
                                            "The session already has a slot from " + start + " to " + end + ".")
                                    .with("startsAt", start.toString())
                                    .with("endsAt", end.toString()))
                            .orElse(e))
                    .chain(saved -> emitSlot(saved, actor))
                    .map(saved -> SlotView.of(saved, session.zone()));
        });
    }

    /**
     * Creates the standard slots (morning, lunch time, evening, in venue time) of every day of the session that
     * it does not have yet, and returns all the session's slots.
     */
    @WithTransaction
    public Uni<List<SlotView>> addStandardSlots(UUID sessionId, Set<Period> periods, Actor actor) {
        return sessions.find(sessionId)
                .chain(session -> Slot.<Slot>list("sessionId", sessionId)
                        .chain(existing -> {
                            Set<String> taken = existing.stream()
                                    .map(s -> s.startsAt + "/" + s.endsAt)
                                    .collect(Collectors.toSet());
                            List<Slot> created = standardSlots
                                    .plan(
                                            session.startDate,
                                            session.endDate,
                                            session.zone(),
                                            periods,
                                            session.meetsOnWeekends)
                                    .stream()
                                    .filter(p -> !taken.contains(p.startsAt() + "/" + p.endsAt()))
                                    .map(p -> newSlot(sessionId, p.startsAt(), p.endsAt(), p.label()))
                                    .toList();
                            return Multi.createFrom()
                                    .iterable(created)
                                    .onItem()
                                    .transformToUniAndConcatenate(
                                            slot -> slot.<Slot>persist().chain(saved -> emitSlot(saved, actor)))
                                    .collect()
                                    .asList();
                        })
                        .chain(created ->
                                Slot.<Slot>list("sessionId", Sort.by("startsAt").and("endsAt"), sessionId))
                        .map(all -> all.stream()
                                .map(slot -> SlotView.of(slot, session.zone()))
                                .toList()));
    }

    private static void checkWithinSession(SessionCopy session, Instant start, Instant end) {
        ZoneId zone = session.zone();
        LocalDate first = start.atZone(zone).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(zone).toLocalDate();
        if (first.isBefore(session.startDate) || last.isAfter(session.endDate)) {
            throw new RuleViolation(
                            Status.BAD_REQUEST,
                            "slot-outside-session",
                            "Slot outside the session",
                            "A side-event slot must fall on the session's days, " + session.startDate + " to "
                                    + session.endDate + " in " + zone.getId() + ".",
                            null)
                    .with("startDate", session.startDate.toString())
                    .with("endDate", session.endDate.toString())
                    .with("timeZone", zone.getId());
        }
    }

    private static Slot newSlot(UUID sessionId, Instant start, Instant end, String label) {
        Slot slot = new Slot();
        slot.id = UUID.randomUUID();
        slot.sessionId = sessionId;
        slot.startsAt = start;
        slot.endsAt = end;
        slot.label = label;
        return slot;
    }

    private Uni<Slot> emitSlot(Slot slot, Actor actor) {
        return outbox.record(
                        SideEventEvents.VENUE_TOPIC,
                        "session",
                        slot.sessionId.toString(),
                        slot.id.toString(),
                        SideEventEvents.SLOT_CREATED,
                        new SlotEvent(slot.id, slot.sessionId, slot.startsAt, slot.endsAt, slot.label, actor))
                .replaceWith(slot);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The data of a room event: the whole room and who changed it. */
    record RoomEvent(UUID roomId, UUID sessionId, String name, int capacity, List<String> equipment, Actor actor) {}

    /** The data of a slot event. */
    record SlotEvent(UUID slotId, UUID sessionId, Instant startsAt, Instant endsAt, String label, Actor actor) {}
}
