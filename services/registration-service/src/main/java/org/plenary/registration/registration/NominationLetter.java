package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of an organisation's nomination letter for a session: a PDF signed by its head, naming its
 * participants. A new upload is a new version; the old ones are kept.
 */
@Entity
@Table(name = "nomination_letter")
public class NominationLetter extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "session_id") UUID sessionId,
            @Column(name = "organisation_id") String organisationId,
            @Column(name = "version") int version)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public byte[] content;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
