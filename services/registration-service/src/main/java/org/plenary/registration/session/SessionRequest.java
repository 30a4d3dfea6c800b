package org.plenary.registration.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A session as the secretariat defines it. Deadlines are read by {@link VenueTime}: an instant with an
 * offset, a venue-local date-time, or a date alone (23:59:59 that day, venue time).
 */
public record SessionRequest(
        @NotBlank @Size(max = 100) String bodyId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 300) String venue,
        @NotBlank String timeZone,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank String registrationOpensAt,
        @NotBlank String registrationDeadline,

        @NotNull(message = "must be ACCREDITATION_ONLY or OPEN")
        Session.Participation participation,

        String accreditationCutoff,
        @Min(1) @Max(1000) Integer delegateQuota,
        @Min(1) Integer seats,
        Session.LatePolicy latePolicy,
        Boolean confirmationRequired,
        Boolean nominationLetterRequired,
        @Size(max = 50) List<@NotNull(message = "must be a meeting part, not null") @Valid MeetingPart> meetingParts,
        String sideEventProposalDeadline,
        String submissionDeadline,
        @Min(1) Integer submissionWordLimit,
        Boolean submissionScansAllowed) {

    /** A part of the session (plenary, a subsidiary body, ...) and whether stakeholders may attend it. */
    public record MeetingPart(@NotBlank @Size(max = 200) String name, boolean stakeholdersMayAttend) {}
}
