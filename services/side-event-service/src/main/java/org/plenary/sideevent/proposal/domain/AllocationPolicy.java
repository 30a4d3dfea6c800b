package org.plenary.sideevent.proposal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.problem.RuleViolation;

/**
 * Whether a proposal may be approved into a room and a slot: the slot has not started, the room holds the
 * expected attendance, no approved event in the room overlaps the slot, and the organiser has a place left
 * under the session's per-organiser limit. Plain Java: facts in, the organiser's place or a refusal naming the
 * rule out. The database holds the same rules as constraints, for approvals that run at the same moment.
 */
public final class AllocationPolicy {

    /** The room asked for. */
    public record RoomFacts(UUID roomId, String name, int capacity) {}

    /** The slot asked for. */
    public record SlotFacts(UUID slotId, Instant startsAt, Instant endsAt) {}

    /** An event already approved into the room. */
    public record Booked(UUID proposalId, Instant startsAt, Instant endsAt) {}

    /**
     * Everything the decision needs.
     *
     * @param expectedAttendance the proposal's
     * @param booked             the events approved into the room
     * @param placesTaken        the places (1 to the limit) the organiser's approved events of the session hold
     * @param limit              how many approved events an organiser may have in the session
     */
    public record Facts(
            String organisationId,
            int expectedAttendance,
            RoomFacts room,
            SlotFacts slot,
            Collection<Booked> booked,
            Set<Integer> placesTaken,
            int limit) {}

    private final Clock clock;

    public AllocationPolicy(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks every rule and returns the place the approved event takes among the organiser's: the lowest free
     * one.
     */
    public int decide(Facts facts) {
        SlotFacts slot = facts.slot();
        if (!clock.instant().isBefore(slot.startsAt())) {
            throw RuleViolation.conflict(
                            "slot-passed",
                            "The slot has started",
                            "The slot started at " + slot.startsAt() + "; an event cannot be placed in it any more.")
                    .with("slotId", slot.slotId().toString())
                    .with("startsAt", slot.startsAt().toString());
        }
        if (facts.expectedAttendance() > facts.room().capacity()) {
            throw roomTooSmall(facts.room(), facts.expectedAttendance());
        }
        List<Booked> overlapping = facts.booked().stream()
                .filter(b ->
                        b.startsAt().isBefore(slot.endsAt()) && slot.startsAt().isBefore(b.endsAt()))
                .toList();
        if (!overlapping.isEmpty()) {
            throw roomOccupied(facts.room(), slot)
                    .with(
                            "occupiedBy",
                            overlapping.stream()
                                    .map(b -> Map.of(
                                            "proposalId", b.proposalId().toString(),
                                            "startsAt", b.startsAt().toString(),
                                            "endsAt", b.endsAt().toString()))
                                    .toList());
        }
        for (int place = 1; place <= facts.limit(); place++) {
            if (!facts.placesTaken().contains(place)) {
                return place;
            }
        }
        throw organiserLimitReached(facts.organisationId(), facts.limit());
    }

    public static RuleViolation roomTooSmall(RoomFacts room, int expectedAttendance) {
        return RuleViolation.conflict(
                        "room-capacity-exceeded",
                        "The room is too small",
                        room.name() + " holds " + room.capacity() + " people; the event expects " + expectedAttendance
                                + ".")
                .with("roomId", room.roomId().toString())
                .with("capacity", room.capacity())
                .with("expectedAttendance", expectedAttendance);
    }

    public static RuleViolation roomOccupied(RoomFacts room, SlotFacts slot) {
        return RuleViolation.conflict(
                        "room-occupied",
                        "The room is taken at that time",
                        room.name() + " already has an approved event between " + slot.startsAt() + " and "
                                + slot.endsAt() + ".")
                .with("roomId", room.roomId().toString())
                .with("slotId", slot.slotId().toString())
                .with("startsAt", slot.startsAt().toString())
                .with("endsAt", slot.endsAt().toString());
    }

    public static RuleViolation organiserLimitReached(String organisationId, int limit) {
        return RuleViolation.conflict(
                        "organiser-limit-reached",
                        "Per-organiser limit reached",
                        organisationId + " already has " + limit + " approved side event" + (limit == 1 ? "" : "s")
                                + " in this session, the most one organiser may have.")
                .with("organisationId", organisationId)
                .with("limit", limit);
    }
}
