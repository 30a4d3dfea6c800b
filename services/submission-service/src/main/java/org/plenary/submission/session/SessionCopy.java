package org.plenary.submission.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** This service's copy of what it needs of a session, from the registration service's session events. */
@Entity
@Table(name = "session_copy")
public class SessionCopy extends PanacheEntityBase {

    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(nullable = false)
    public String title;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** ACCREDITATION_ONLY or OPEN. */
    @Column(nullable = false)
    public String participation;

    @Column(name = "accreditation_cutoff")
    public Instant accreditationCutoff;

    @Column(name = "submission_deadline")
    public Instant submissionDeadline;

    /** The session's last day, in the venue's calendar. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "word_limit")
    public Integer wordLimit;

    /** Whether the session accepts written submissions without a text layer (scans). */
    @Column(name = "scans_allowed", nullable = false)
    public boolean scansAllowed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * When written submissions close: the session's own submission deadline, or by default its last day at
     * 23:59:59 venue time; null only for a copy that does not know its end date yet.
     */
    public Instant deadline() {
        if (submissionDeadline != null) {
            return submissionDeadline;
        }
        return endDate == null
                ? null
                : endDate.atTime(LAST_SECOND).atZone(zone()).toInstant();
    }

    public boolean accreditationOnly() {
        return "ACCREDITATION_ONLY".equals(participation);
    }
}
