package org.plenary.registration.accreditation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** This service's copy of where an organisation stands with a body, built from the accreditation events. */
@Entity
public class Accreditation extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "organisation_id") String organisationId,
            @Column(name = "body_id") String bodyId) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    /** The accreditation service's status: ACCREDITED, SUSPENDED, REVOKED, ... */
    @Column(nullable = false)
    public String status;

    @Column(name = "accredited_at")
    public Instant accreditedAt;

    /** When the event this row reflects occurred; an older event never overwrites a newer one. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isAccredited() {
        return "ACCREDITED".equals(status);
    }

    /** Suspended: the organisation keeps what it has but registers no one until it is reinstated. */
    public boolean isSuspended() {
        return "SUSPENDED".equals(status);
    }
}
