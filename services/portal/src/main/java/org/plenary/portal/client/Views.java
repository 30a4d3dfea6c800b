package org.plenary.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The services' answers as the portal reads them: only the members it shows (the services may add others, which
 * are ignored). Each record names the service and endpoint it mirrors.
 */
public final class Views {

    private Views() {}

    /** One page of a service's list ({@code org.plenary.platform.web.Page}). */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** Accreditation: {@code GET /bodies/{id}}. */
    public record Body(
            String id,
            String name,
            boolean accreditationOpen,
            int nonObjectionDays,
            String ecosocFastTrack,
            String objectionDisclosure) {}

    /** Accreditation: {@code GET /bodies/{id}/accredited-organisations}. */
    public record AccreditedOrganisation(
            String organisationId,
            String name,
            String acronym,
            String country,
            String type,
            String website,
            String ecosocStatus,
            Instant accreditedSince) {}

    /** Accreditation: {@code GET /bodies/{id}/statistics}. */
    public record Statistics(
            String bodyId,
            String objectionDisclosure,
            Applications applications,
            long objections,
            Double medianDaysToDecision,
            List<DisclosedObjection> objectionsDisclosed) {

        public record Applications(
                long received, long accredited, long rejected, long withdrawn, long pending, long objected) {}

        /** {@code state} is null unless the body's policy discloses it. */
        public record DisclosedObjection(String state, String reason) {}
    }

    /** Accreditation: {@code GET /applications} (the organisation's own). */
    public record Application(
            UUID id,
            String bodyId,
            String organisationId,
            Organisation organisation,
            String status,
            Instant submittedAt,
            Instant nonObjectionEndsAt,
            Instant accreditedAt,
            String reason) {

        public record Organisation(String name, String country, String type) {}
    }

    /** Registration: {@code GET /sessions/{id}}. */
    public record Session(
            UUID sessionId,
            String bodyId,
            String title,
            String venue,
            String timeZone,
            LocalDate startDate,
            LocalDate endDate,
            Instant registrationOpensAt,
            Instant registrationDeadline,
            String participation,
            Instant accreditationCutoff,
            int delegateQuota,
            Integer seats,
            String latePolicy,
            boolean nominationLetterRequired,
            Instant sideEventProposalDeadline,
            Instant submissionDeadline,
            Integer submissionWordLimit) {}

    /** Registration: {@code GET /sessions/{id}/eligibility}. */
    public record Eligibility(
            UUID sessionId,
            String organisationId,
            boolean eligible,
            String outcome,
            boolean late,
            List<Reason> reasons,
            Instant evaluatedAt) {

        public record Reason(String rule, String detail, Map<String, Object> facts) {}
    }

    /** Registration: {@code POST /sessions/{id}/registrations}. */
    public record Register(Delegate delegate, boolean joinWaitingList) {}

    public record Delegate(String name, String email, String function, boolean headOfDelegation) {}

    /** Registration: {@code GET /registrations}. */
    public record Registration(
            UUID id,
            UUID sessionId,
            String organisationId,
            Delegate delegate,
            String status,
            boolean late,
            Integer waitlistRank,
            Instant registeredAt,
            String reason) {}

    /** Side events: {@code GET /sessions/{id}/programme}. */
    public record Programme(UUID sessionId, String title, String venue, String timeZone, List<Day> days) {

        public record Day(LocalDate date, List<Event> events) {}

        public record Event(
                UUID proposalId,
                String title,
                String description,
                String format,
                String organisationName,
                List<String> coOrganisingOrganisationNames,
                String room,
                String startTime,
                String endTime,
                Instant startsAtUtc,
                Instant endsAtUtc) {}
    }

    /** Submissions: {@code GET /sessions/{id}/published-submissions}. */
    public record Submission(
            UUID id,
            UUID sessionId,
            String organisationId,
            String title,
            String agendaItem,
            String language,
            String status,
            Instant submittedAt,
            File file) {

        public record File(
                int version, String fileName, String contentType, long sizeBytes, String sha256, int wordCount) {

            /** The size in kilobytes, rounded up. */
            public long kilobytes() {
                return (sizeBytes + 1023) / 1024;
            }
        }
    }
}
