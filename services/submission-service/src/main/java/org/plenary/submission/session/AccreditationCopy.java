package org.plenary.submission.session;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** This service's copy of where an organisation stands with a body, from the accreditation events. */
@Entity
@Table(name = "accreditation")
public class AccreditationCopy extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "organisation_id") String organisationId,
            @Column(name = "body_id") String bodyId) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String status;

    /** The name under which the organisation applied to the body (null until an event naming it was read). */
    @Column(name = "organisation_name")
    public String organisationName;

    @Column(name = "accredited_at")
    public Instant accreditedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean suspended() {
        return "SUSPENDED".equals(status);
    }

    /**
     * Whether the organisation is still accredited, if suspended for now: its published submissions are shown as
     * from an organisation no longer accredited only once it is not (revoked, or never known).
     */
    public static boolean stillAccredited(String status) {
        return "ACCREDITED".equals(status) || "SUSPENDED".equals(status);
    }
}
