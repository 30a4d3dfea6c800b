package org.plenary.sideevent.proposal.domain;

/** Where a side-event proposal stands. */
public enum ProposalStatus {
    /** Waiting for the secretariat's decision; the organisation may still edit or withdraw it. */
    PENDING,
    /** Approved with a room and a slot: on the session's programme. */
    APPROVED,
    REJECTED,
    WITHDRAWN,
    /** Cancelled because the organiser is no longer registered for the session; its room and slot were freed. */
    CANCELLED
}
