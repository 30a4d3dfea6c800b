package org.plenary.sideevent.proposal.domain;

import java.time.Clock;
import org.plenary.sideevent.proposal.domain.ProposalPolicy.SessionFacts;

/**
 * Whether a change of the organisation's registrations takes its side events for the session away. An organisation
 * keeps its side events while it holds any live seat in the session (a pending or confirmed registration), judged on
 * the state after the whole change the event reports: a cancellation that promotes a waiting delegate of the same
 * organisation leaves it a seat. Only losing every seat (as the withdrawal of its accreditation does) cancels them;
 * and never once the session has ended (the end of its last day in the venue's time zone): the record of a past
 * session stays as it was. Plain Java: facts in, the decision out; the time comes from the clock it is given.
 */
public final class SeatRule {

    private final Clock clock;

    public SeatRule(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param session the session, or null when this service does not know it (then it has no side events either)
     * @param reportedSeats the organisation's live seats after the whole change, as the event reports them
     *     ({@code organisationSeats}); null for older events that do not carry them
     * @param liveSeatsInCopy the organisation's pending and confirmed registrations in this service's copy, after
     *     the event was applied to it: the fallback for events without the count
     */
    public boolean cancelsSideEvents(SessionFacts session, Integer reportedSeats, long liveSeatsInCopy) {
        if (session != null && !clock.instant().isBefore(session.end())) {
            return false;
        }
        return reportedSeats != null ? reportedSeats == 0 : liveSeatsInCopy == 0;
    }
}
