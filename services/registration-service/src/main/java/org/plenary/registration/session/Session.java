package org.plenary.registration.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A session of a body, with the rules of registration to it and the deadlines the other services enforce. */
@Entity
public class Session extends PanacheEntityBase {

    public enum Participation {
        /** Only organisations accredited to the body by the accreditation cut-off may register. */
        ACCREDITATION_ONLY,
        OPEN
    }

    public enum LatePolicy {
        REFUSE,
        /** Registrations after the deadline are taken, marked late. */
        ACCEPT_LATE
    }

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String venue;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "registration_opens_at", nullable = false)
    public Instant registrationOpensAt;

    @Column(name = "registration_deadline", nullable = false)
    public Instant registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Participation participation;

    @Column(name = "accreditation_cutoff")
    public Instant accreditationCutoff;

    @Column(name = "delegate_quota", nullable = false)
    public int delegateQuota;

    /** Seats for stakeholders in the whole session; null for no limit. */
    public Integer seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_policy", nullable = false)
    public LatePolicy latePolicy;

    @Column(name = "confirmation_required", nullable = false)
    public boolean confirmationRequired;

    @Column(name = "nomination_letter_required", nullable = false)
    public boolean nominationLetterRequired;

    /** The meeting parts, as JSON: [{name, stakeholdersMayAttend}]. */
    @Column(name = "meeting_parts", nullable = false)
    public String meetingParts;

    @Column(name = "side_event_proposal_deadline")
    public Instant sideEventProposalDeadline;

    @Column(name = "submission_deadline")
    public Instant submissionDeadline;

    @Column(name = "submission_word_limit")
    public Integer submissionWordLimit;

    /** Whether written submissions without a text layer (scans) are accepted. */
    @Column(name = "submission_scans_allowed", nullable = false)
    public boolean submissionScansAllowed;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The moment the session's last day ends in the venue's time zone. */
    public Instant endsAt() {
        return endDate.plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
