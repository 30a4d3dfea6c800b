package org.plenary.contracts;

/**
 * The side-event service's topics and event types. Each type has a JSON Schema at {@code schemas/<type>.json}
 * in this module; {@code deploy/topics.conf} declares each topic.
 */
public final class SideEventEvents {

    /**
     * Side-event proposals, keyed by session id (aggregate type {@code session}), subject the proposal id. Keyed
     * by session rather than organisation because the facts these events share are the session's: its rooms,
     * slots and programme. One session's events stay in order, so a reader of the programme sees the
     * cancellation that frees a room and slot before the approval that takes them again.
     */
    public static final String PROPOSALS_TOPIC = "sideevent.proposal.events";

    /**
     * The session's venue as the side-event service knows it: rooms, slots and the per-organiser limit; keyed
     * by session id (aggregate type {@code session}), subject the room, slot or session id.
     */
    public static final String VENUE_TOPIC = "sideevent.venue.events";

    public static final String PROPOSAL_PROPOSED = "sideevent.proposal.proposed";
    public static final String PROPOSAL_UPDATED = "sideevent.proposal.updated";
    public static final String PROPOSAL_WITHDRAWN = "sideevent.proposal.withdrawn";
    public static final String PROPOSAL_APPROVED = "sideevent.proposal.approved";
    public static final String PROPOSAL_REJECTED = "sideevent.proposal.rejected";
    public static final String PROPOSAL_CANCELLED = "sideevent.proposal.cancelled";

    public static final String ROOM_CREATED = "sideevent.room.created";
    public static final String ROOM_UPDATED = "sideevent.room.updated";
    public static final String SLOT_CREATED = "sideevent.slot.created";
    public static final String POLICY_UPDATED = "sideevent.policy.updated";

    private SideEventEvents() {}
}
