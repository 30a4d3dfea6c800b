package org.plenary.sideevent.programme.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.proposal.domain.Format;

/**
 * A session's public side-event programme: its approved events by day, time and room, in the venue's time zone.
 */
public record ProgrammeView(UUID sessionId, String title, String venue, String timeZone, List<Day> days) {

    /** One day of the session, in venue time. */
    public record Day(LocalDate date, List<Item> events) {}

    /**
     * One approved side event. {@code startsAt}/{@code endsAt} are venue time with the offset;
     * {@code startTime}/{@code endTime} the venue's clock time; {@code startsAtUtc}/{@code endsAtUtc} the instants.
     * {@code organisationName} is the name under which the organisation is accredited to the body (null when not
     * known); {@code coOrganisingOrganisationNames} follows the order of {@code coOrganisingOrganisations}.
     */
    public record Item(
            UUID proposalId,
            String title,
            String description,
            Format format,
            String organisationId,
            String organisationName,
            List<String> coOrganisingOrganisations,
            List<String> coOrganisingOrganisationNames,
            List<String> coOrganisingMemberStates,
            UUID roomId,
            String room,
            String startsAt,
            String endsAt,
            String startTime,
            String endTime,
            Instant startsAtUtc,
            Instant endsAtUtc) {}
}
