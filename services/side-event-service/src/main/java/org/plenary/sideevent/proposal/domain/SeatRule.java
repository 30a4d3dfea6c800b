package org.plenary.sideevent.proposal.domain;

/**
 * Whether a change of the organisation's registrations takes its side events for the session away. An organisation
 * keeps its side events while it holds any live seat in the session (a pending or confirmed registration), judged on
 * the state after the whole change the event reports: a cancellation that promotes a waiting delegate of the same
 * organisation leaves it a seat. Only losing every seat (as the withdrawal of its accreditation does) cancels them.
 * Plain Java: facts in, the decision out.
 */
public final class SeatRule {

    private SeatRule() {}

    /**
     * @param reportedSeats the organisation's live seats after the whole change, as the event reports them
     *     ({@code organisationSeats}); null for older events that do not carry them
     * @param liveSeatsInCopy the organisation's pending and confirmed registrations in this service's copy, after
     *     the event was applied to it: the fallback for events without the count
     */
    public static boolean losesItsSideEvents(Integer reportedSeats, long liveSeatsInCopy) {
        return reportedSeats != null ? reportedSeats == 0 : liveSeatsInCopy == 0;
    }
}
