package org.plenary.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The services' answers for the secretariat's desk and the states' focal points, as the portal reads them: only the
 * members it shows. Each record names the endpoint it mirrors.
 */
public final class DeskViews {

    private DeskViews() {}

    /**
     * Accreditation: {@code GET /applications} (the secretariat's), {@code GET /applications/{id}},
     * {@code GET /bodies/{id}/non-objection}: the application with the whole profile, the ECOSOC list's entry it was
     * matched to, why the fast track waits, and the objections its reader may know of (single read only).
     */
    public record Application(
            UUID id,
            String bodyId,
            String organisationId,
            FocalPointViews.Profile organisation,
            EcosocMatch ecosocMatch,
            FocalPointViews.ApplicationDetail.FastTrackRefused fastTrackRefused,
            String status,
            Instant submittedAt,
            Instant nonObjectionEndsAt,
            Instant accreditedAt,
            String reason,
            List<FocalPointViews.ApplicationDetail.Objection> objections) {

        public boolean claimsEcosoc() {
            return organisation != null && organisation.ecosocStatus() != null;
        }
    }

    /** Accreditation: the ECOSOC list's entry an application was matched to. */
    public record EcosocMatch(String name, String status, Integer yearGranted, LocalDate listDate, String matchedBy) {}

    /** Accreditation: {@code GET /applications/{id}/history}, one step as the secretariat or a state reads it. */
    public record Step(
            String action, String from, String to, String actorRole, String actor, Instant at, String reason) {}

    /** Accreditation: {@code GET /objections}, one of the calling state's own objections and what became of it. */
    public record OwnObjection(
            UUID applicationId,
            String bodyId,
            String organisationName,
            String organisationCountry,
            String reason,
            Instant at,
            String applicationStatus) {}

    /** Side events: {@code GET /sessions/{id}/rooms}. */
    public record Room(UUID id, UUID sessionId, String name, int capacity, List<String> equipment) {}

    /** Side events: {@code POST /sessions/{id}/rooms}. */
    public record RoomRequest(String name, Integer capacity, List<String> equipment) {}

    /** Side events: {@code POST /sessions/{id}/slots/standard}. */
    public record StandardSlots(List<String> periods) {}

    /** Side events: {@code POST /proposals/{id}/approval}. */
    public record Approval(UUID roomId, UUID slotId) {}

    /** Registration: {@code GET /sessions/{id}}, every member the secretariat's session form shows. */
    public record SessionDetail(
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
            boolean confirmationRequired,
            boolean nominationLetterRequired,
            List<MeetingPart> meetingParts,
            Instant sideEventProposalDeadline,
            Instant submissionDeadline,
            Integer submissionWordLimit,
            boolean submissionScansAllowed) {}

    /** Registration: a session's meeting part and whether stakeholders may attend it. */
    public record MeetingPart(String name, boolean stakeholdersMayAttend) {}

    /**
     * Registration: {@code POST /sessions}, {@code PUT /sessions/{id}}, as the officer typed it (a blank field is
     * {@code null}): the registration service reads each field (dates, venue times, numbers) and decides.
     */
    public record SessionRequest(
            String bodyId,
            String title,
            String venue,
            String timeZone,
            String startDate,
            String endDate,
            String registrationOpensAt,
            String registrationDeadline,
            String participation,
            String accreditationCutoff,
            String delegateQuota,
            String seats,
            String latePolicy,
            boolean confirmationRequired,
            boolean nominationLetterRequired,
            List<MeetingPart> meetingParts,
            String sideEventProposalDeadline,
            String submissionDeadline,
            String submissionWordLimit,
            boolean submissionScansAllowed) {}

    /** Accreditation: {@code GET /bodies/{id}}, every member the secretariat's body form shows. */
    public record BodyDetail(
            String id,
            String name,
            boolean accreditationOpen,
            int nonObjectionDays,
            String ecosocFastTrack,
            String objectionDisclosure,
            String revokedSubmissions) {}

    /** Accreditation: {@code POST /bodies}, {@code PUT /bodies/{id}}, as the officer typed it (blank is null). */
    public record BodyRequest(
            String id,
            String name,
            String nonObjectionDays,
            String ecosocFastTrack,
            String objectionDisclosure,
            Boolean accreditationOpen,
            String revokedSubmissions) {}

    /** Accreditation: {@code GET /ecosoc-list}, {@code PUT /ecosoc-list}: the list in force. */
    public record EcosocList(
            LocalDate listDate, Instant importedAt, long entries, long general, long special, long roster) {}

    /**
     * Registration: {@code POST /sessions/{id}/registrations} by the secretariat, on the behalf of the organisation
     * it names.
     */
    public record RegisterOnBehalf(Views.Delegate delegate, boolean joinWaitingList, String organisationId) {}

    /** The bodies a state follows (the state code is the service's answer; a request leaves it out). */
    public record FollowedBodies(String stateCode, List<String> bodyIds) {}
}
