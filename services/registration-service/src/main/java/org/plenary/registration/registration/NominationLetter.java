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

/** An organisation's nomination letter for a session: a PDF signed by its head, naming its participants. */
@Entity
@Table(name = "nomination_letter")
public class NominationLetter extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "session_id") UUID sessionId,
            @Column(name = "organisation_id") String organisationId) implements Serializable {}

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
