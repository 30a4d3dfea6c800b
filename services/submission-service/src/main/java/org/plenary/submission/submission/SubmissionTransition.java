package org.plenary.submission.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One transition of a submission (submitted, replaced, published, declined, withdrawn): who, when and why. */
@Entity
@Table(name = "submission_transition")
public class SubmissionTransition extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "submission_id") UUID submissionId,
            @Column(name = "number") int number) implements Serializable {}

    @EmbeddedId
    public Key id;

    /** What happened: SUBMITTED, REPLACED, PUBLISHED, DECLINED or WITHDRAWN. */
    @Column(nullable = false)
    public String transition;

    /** The submission's status after it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Submission.Status status;

    /** The submission's current file after it. */
    @Column(name = "file_version", nullable = false)
    public int fileVersion;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_subject")
    public String actorSubject;

    public String reason;

    @Column(nullable = false)
    public Instant at;
}
