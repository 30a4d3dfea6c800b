package org.plenary.sideevent.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * The room and slot of an approved proposal, with the copies of the room's key and capacity, the slot's times
 * and the session's limit that the database's constraints read (see V1__sideevent.sql). Kept after a
 * cancellation, for the record; the constraints only count approved proposals.
 */
@Embeddable
public class Allocation {

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "room_key")
    public Long roomKey;

    @Column(name = "room_capacity")
    public Integer roomCapacity;

    @Column(name = "slot_id")
    public UUID slotId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** Which of the organiser's places (1 to the limit) this event takes. */
    @Column(name = "organiser_seq")
    public Integer organiserSeq;

    @Column(name = "organiser_limit")
    public Integer organiserLimit;
}
