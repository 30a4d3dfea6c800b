package org.plenary.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The services' answers and requests for a focal point's own records (accreditation, registration, side events,
 * submissions), as the portal reads and writes them: only the members it uses. Each record names the endpoint it
 * mirrors.
 */
public final class FocalPointViews {

    private FocalPointViews() {}

    /** Accreditation: the organisation's profile, as {@code POST /applications} takes it and the views give it. */
    public record Profile(
            String name,
            String acronym,
            String country,
            String type,
            String website,
            String contactEmail,
            String description,
            String ecosocStatus) {}

    /** Accreditation: {@code POST /applications}. */
    public record Apply(String bodyId, Profile organisation) {}

    /** Accreditation: {@code GET /applications/{id}}, with the objections the body's policy lets its reader know. */
    public record ApplicationDetail(
            UUID id,
            String bodyId,
            String organisationId,
            Profile organisation,
            String status,
            Instant submittedAt,
            Instant nonObjectionEndsAt,
            Instant accreditedAt,
            String reason,
            FastTrackRefused fastTrackRefused,
            List<Objection> objections) {

        public record FastTrackRefused(String rule, String detail) {}

        /** {@code state} and {@code reason} are null where the policy keeps them from the organisation. */
        public record Objection(String state, String reason, Instant at) {}
    }

    /** Accreditation, registration, side events, submissions: {@code GET .../{id}/history}, one step. */
    public record Transition(String action, String from, String to, String actorRole, Instant at, String reason) {}

    /** A transition that must say why ({@code ReasonRequest}). */
    public record ReasonBody(String reason) {}

    /** A transition that may say why ({@code NoteRequest}). */
    public record NoteBody(String reason) {}

    /** Registration: {@code POST /registrations/{id}/substitution}. */
    public record Substitute(Views.Delegate delegate) {}

    /** Side events: {@code GET /sessions/{id}/slots}. */
    public record Slot(
            UUID id,
            Instant startsAt,
            Instant endsAt,
            long durationMinutes,
            LocalDate venueDate,
            String startsAtVenueTime,
            String endsAtVenueTime,
            String label) {}

    /** Side events: {@code POST /sessions/{id}/proposals} and {@code PUT /proposals/{id}}. */
    public record ProposalRequest(
            String title,
            String description,
            String format,
            Integer expectedAttendance,
            CoOrganisers coOrganisers,
            List<UUID> preferredSlotIds) {}

    public record CoOrganisers(List<String> organisations, List<String> memberStates) {}

    /** Side events: {@code GET /proposals/{id}}. */
    public record Proposal(
            UUID id,
            UUID sessionId,
            String organisationId,
            String organisationName,
            String title,
            String description,
            String format,
            int expectedAttendance,
            CoOrganisers coOrganisers,
            List<String> preferredSlotIds,
            String status,
            Instant proposedAt,
            Instant decidedAt,
            String reason,
            Allocation allocation) {

        public record Allocation(UUID roomId, String roomName, UUID slotId, Instant startsAt, Instant endsAt) {}

        public boolean pending() {
            return "PENDING".equals(status);
        }

        /** The organiser as the secretariat reads it: its name with the body, else its identifier. */
        public String organiser() {
            return organisationName == null ? organisationId : organisationName;
        }

        public boolean coOrganisedBy(String organisationId) {
            return coOrganisers != null
                    && coOrganisers.organisations() != null
                    && coOrganisers.organisations().contains(organisationId);
        }

        public boolean prefers(UUID slotId) {
            return preferredSlotIds != null && preferredSlotIds.contains(slotId.toString());
        }

        public String memberStates() {
            return coOrganisers == null || coOrganisers.memberStates() == null
                    ? ""
                    : String.join(", ", coOrganisers.memberStates());
        }
    }

    /** Submissions: {@code GET /submissions/{id}} and {@code GET /submissions}. */
    public record Submission(
            UUID id,
            UUID sessionId,
            String organisationId,
            String title,
            String agendaItem,
            String language,
            String status,
            String reason,
            Instant submittedAt,
            File file,
            String organisationName) {

        /** The organisation as the secretariat reads it: its name with the body, else its identifier. */
        public String organiser() {
            return organisationName == null ? organisationId : organisationName;
        }

        public boolean open() {
            return "SUBMITTED".equals(status) || "PUBLISHED".equals(status);
        }
    }

    /** Submissions: one version of the file ({@code GET /submissions/{id}/versions}). */
    public record File(
            int version,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            int wordCount,
            String wordCountMethod,
            Instant uploadedAt) {

        /** The size in kilobytes, rounded up. */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }
    }

    /** Registration: {@code GET /registrations/{id}}: its status, its place on the waiting list. */
    public record RegistrationDetail(
            UUID id,
            UUID sessionId,
            String organisationId,
            Views.Delegate delegate,
            String status,
            boolean late,
            Integer waitlistRank,
            Integer organisationWaitlistRank,
            Instant registeredAt,
            String reason) {

        /** Still holding or waiting for a seat: it may be cancelled or substituted (before the deadline). */
        public boolean active() {
            return "PENDING".equals(status) || "CONFIRMED".equals(status) || "WAITLISTED".equals(status);
        }
    }

    /** Submissions: {@code GET /submissions/{id}/history}, one step. */
    public record SubmissionTransition(String transition, String status, int fileVersion, String reason, Instant at) {}
}
