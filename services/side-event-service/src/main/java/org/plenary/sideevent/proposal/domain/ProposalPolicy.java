package org.plenary.sideevent.proposal.domain;

import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.platform.problem.RuleViolation;

/**
 * Who may propose a side event for a session, and until when: an organisation with a confirmed registration
 * for the session, whose accreditation to the session's body is not suspended, with co-organising organisations
 * that have a confirmed registration too, before the session's proposal deadline. Plain Java: facts in, a refusal naming the rule out; the time comes from the clock it is given.
 */
public final class ProposalPolicy {

    /** What the rules need to know of a session. */
    public record SessionFacts(
            UUID sessionId, ZoneId zone, LocalDate startDate, LocalDate endDate, Instant proposalDeadline) {

        /** The end of the session: the end of its last day in the venue's time zone. */
        public Instant end() {
            return endDate.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    private final Clock clock;

    public ProposalPolicy(Clock clock) {
        this.clock = clock;
    }

    /**
     * The proposal deadline in force: the session's, or, for a session that sets none, the start of its first
     * day in the venue's time zone.
     */
    public static Instant deadline(SessionFacts session) {
        return session.proposalDeadline() != null
                ? session.proposalDeadline()
                : session.startDate().atStartOfDay(session.zone()).toInstant();
    }

    /** Refuses a proposal from the deadline on, saying when the deadline was in venue time and in UTC. */
    public void checkBeforeDeadline(SessionFacts session) {
        Instant deadline = deadline(session);
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
            String venueTime = venueTime(deadline, session.zone());
            throw RuleViolation.conflict(
                            "deadline-passed",
                            "Proposal deadline passed",
                            "Side events for this session could be proposed until " + venueTime + " ("
                                    + session.zone().getId() + "), " + deadline + " in UTC.")
                    .with("deadline", deadline.toString())
                    .with("deadlineVenueTime", venueTime)
                    .with("timeZone", session.zone().getId());
        }
    }

    /**
     * Refuses an organisation whose accreditation to the session's body is suspended: it proposes and edits nothing
     * until it is reinstated, and keeps what it has.
     */
    public void checkNotSuspended(UUID sessionId, String bodyId, String organisationId, boolean suspended) {
        if (suspended) {
            throw RuleViolation.forbidden(
                            "organisation-suspended",
                            "The organisation's accreditation to " + bodyId + " is suspended: it may not propose or"
                                    + " edit side events until it is reinstated; what it has is kept.")
                    .with("sessionId", sessionId.toString())
                    .with("bodyId", bodyId)
                    .with("organisationId", organisationId);
        }
    }

    /** Refuses an organisation that has no confirmed registration for the session. */
    public void checkEligible(UUID sessionId, String organisationId, boolean confirmed) {
        if (!confirmed) {
            throw new RuleViolation(
                            Status.FORBIDDEN,
                            "organisation-not-registered",
                            "No confirmed registration for the session",
                            "Only an organisation with a confirmed registration for the session may propose or edit a side"
                                    + " event; " + organisationId + " has none.",
                            null)
                    .with("sessionId", sessionId.toString())
                    .with("organisationId", organisationId);
        }
    }

    /**
     * Refuses co-organising organisations that are not eligible for the session's side events, naming those the
     * caller sent, and the organiser naming itself as a co-organiser. The refusal says what is wrong with the
     * caller's request, never what another organisation has: not why a co-organiser is not eligible (its
     * registrations are its own).
     *
     * @param eligible the organisations, among those named, that are eligible (have a confirmed registration)
     */
    public void checkCoOrganisers(
            UUID sessionId, String organisationId, Collection<String> coOrganisations, Set<String> eligible) {
        if (coOrganisations.contains(organisationId)) {
            throw RuleViolation.invalid(
                    "coOrganisers.organisations", "must not name the organiser itself (" + organisationId + ")");
        }
        List<String> ineligible =
                coOrganisations.stream().filter(id -> !eligible.contains(id)).toList();
        if (!ineligible.isEmpty()) {
            throw RuleViolation.conflict(
                            "co-organiser-not-eligible",
                            "Co-organiser not eligible",
                            "Every co-organising organisation must be eligible to co-organise the session's side"
                                    + " events; " + String.join(", ", ineligible) + " "
                                    + (ineligible.size() == 1 ? "is" : "are") + " not.")
                    .with("sessionId", sessionId.toString())
                    .with("organisations", ineligible);
        }
    }

    /** An instant as the venue's clocks show it, with the offset: 2026-01-12T18:00:00+01:00. */
    public static String venueTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
