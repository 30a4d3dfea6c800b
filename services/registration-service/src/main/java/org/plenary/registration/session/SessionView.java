package org.plenary.registration.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session as anyone may read it, and as its events carry it. Each deadline is given as an instant and,
 * in the {@code *Venue} fields, as the venue's clocks show it.
 */
public record SessionView(
        UUID sessionId,
        String bodyId,
        String title,
        String venue,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        Instant registrationOpensAt,
        String registrationOpensAtVenue,
        Instant registrationDeadline,
        String registrationDeadlineVenue,
        Session.Participation participation,
        Instant accreditationCutoff,
        int delegateQuota,
        Integer seats,
        Session.LatePolicy latePolicy,
        boolean confirmationRequired,
        boolean nominationLetterRequired,
        List<SessionRequest.MeetingPart> meetingParts,
        Instant sideEventProposalDeadline,
        Instant submissionDeadline,
        Integer submissionWordLimit,
        boolean submissionScansAllowed) {}
