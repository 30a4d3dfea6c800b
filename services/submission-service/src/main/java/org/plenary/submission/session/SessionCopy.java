package org.plenary.submission.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** This service's copy of what it needs of a session, from the registration service's session events. */
@Entity
@Table(name = "session_copy")
public class SessionCopy extends PanacheEntityBase {

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

    public boolean accreditationOnly() {
        return "ACCREDITATION_ONLY".equals(participation);
    }
}
