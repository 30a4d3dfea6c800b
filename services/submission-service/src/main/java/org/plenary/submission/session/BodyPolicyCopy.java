package org.plenary.submission.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's copy of what it needs of a body's policy, from the accreditation service's body events. */
@Entity
@Table(name = "body_policy")
public class BodyPolicyCopy extends PanacheEntityBase {

    /** A revoked organisation's published submissions stay public, marked: the default, and without a copy. */
    public static final String KEEP_MARKED = "KEEP_MARKED";

    /** A revoked organisation's published submissions are no longer public; the secretariat still sees them. */
    public static final String WITHDRAW = "WITHDRAW";

    @Id
    @Column(name = "body_id")
    public String bodyId;

    /** KEEP_MARKED or WITHDRAW. */
    @Column(name = "revoked_submissions", nullable = false)
    public String revokedSubmissions;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
