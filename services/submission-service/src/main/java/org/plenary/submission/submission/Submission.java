package org.plenary.submission.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An organisation's written submission to a session. Its files are {@link SubmissionVersion}s. */
@Entity
public class Submission extends PanacheEntityBase {

    public enum Status {
        SUBMITTED,
        PUBLISHED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String title;

    @Column(name = "agenda_item", nullable = false)
    public String agendaItem;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    public String reason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Version
    public long version;
}
