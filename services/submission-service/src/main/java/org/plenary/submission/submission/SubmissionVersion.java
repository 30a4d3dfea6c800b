package org.plenary.submission.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One file uploaded for a submission; replacing the file adds a version and keeps the earlier ones. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "submission_id") UUID submissionId,
            @Column(name = "number") int number) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(name = "file_key", nullable = false)
    public String fileKey;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    /** How the words were counted: {@code icu-word-break} (earlier files: {@code whitespace}). */
    @Column(name = "word_count_method", nullable = false)
    public String wordCountMethod;

    /** The language the words were counted in (a BCP 47 tag). */
    @Column(name = "word_count_locale")
    public String wordCountLocale;

    /** Whether the PDF has a text layer; a scan, where the session accepts them, has none. */
    @Column(name = "text_layer", nullable = false)
    public boolean textLayer;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
