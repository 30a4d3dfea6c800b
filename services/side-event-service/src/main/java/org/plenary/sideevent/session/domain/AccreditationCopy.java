package org.plenary.sideevent.session.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * This service's copy of where an organisation stands with a body, from {@code accreditation.application.events}:
 * only what eligibility needs. While it is {@value #SUSPENDED} the organisation proposes and edits no side event for
 * the body's sessions, and keeps those it has.
 */
@Entity
@Table(name = "accreditation")
public class AccreditationCopy extends PanacheEntityBase {

    public static final String SUSPENDED = "SUSPENDED";

    @Embeddable
    public record Key(
            @Column(name = "organisation_id") String organisationId,
            @Column(name = "body_id") String bodyId) implements Serializable {}

    @EmbeddedId
    public Key id;

    /** The accreditation service's status: ACCREDITED, SUSPENDED, REVOKED, ... */
    @Column(nullable = false)
    public String status;

    /** The name under which the organisation applied to the body (null until an event naming it was read). */
    @Column(name = "organisation_name")
    public String organisationName;

    @Column(name = "accredited_at")
    public Instant accreditedAt;

    /** When the event this row reflects occurred; an older event never overwrites a newer one. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean suspended() {
        return SUSPENDED.equals(status);
    }
}
