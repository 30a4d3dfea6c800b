package org.plenary.sideevent.venue.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.plenary.sideevent.proposal.domain.ProposalPolicy;
import org.plenary.sideevent.venue.domain.Slot;

/** A side-event slot, in UTC and in the venue's time. */
public record SlotView(
        UUID id,
        UUID sessionId,
        Instant startsAt,
        Instant endsAt,
        long durationMinutes,
        LocalDate venueDate,
        String startsAtVenueTime,
        String endsAtVenueTime,
        String label) {

    public static SlotView of(Slot slot, ZoneId zone) {
        return new SlotView(
                slot.id,
                slot.sessionId,
                slot.startsAt,
                slot.endsAt,
                Duration.between(slot.startsAt, slot.endsAt).toMinutes(),
                slot.startsAt.atZone(zone).toLocalDate(),
                ProposalPolicy.venueTime(slot.startsAt, zone),
                ProposalPolicy.venueTime(slot.endsAt, zone),
                slot.label);
    }
}
