package org.plenary.sideevent.session.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.plenary.sideevent.proposal.domain.ProposalPolicy;
import org.plenary.sideevent.session.domain.SessionCopy;

/**
 * A session as this service knows it, with its side-event policy: the proposal deadline in force (in UTC and in
 * venue time) and how many approved side events one organisation may have.
 */
public record SessionView(
        UUID id,
        String bodyId,
        String title,
        String venue,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        Instant proposalDeadline,
        String proposalDeadlineVenueTime,
        int eventsPerOrganiser,
        boolean meetsOnWeekends) {

    public static SessionView of(SessionCopy session) {
        Instant deadline = ProposalPolicy.deadline(facts(session));
        return new SessionView(
                session.id,
                session.bodyId,
                session.title,
                session.venue,
                session.timeZone,
                session.startDate,
                session.endDate,
                deadline,
                ProposalPolicy.venueTime(deadline, session.zone()),
                session.eventsPerOrganiser,
                session.meetsOnWeekends);
    }

    public static ProposalPolicy.SessionFacts facts(SessionCopy session) {
        return new ProposalPolicy.SessionFacts(
                session.id, session.zone(), session.startDate, session.endDate, session.proposalDeadline);
    }
}
