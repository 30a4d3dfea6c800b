package org.plenary.accreditation.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.plenary.accreditation.ecosoc.EcosocMatch;

/** An organisation's application for accreditation to a body, and, once accredited, its accreditation. */
@Entity
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Embedded
    public OrganisationProfile organisation;

    /** The ECOSOC list's entry the applicant was matched to; null until matched. */
    @Embedded
    public EcosocMatch ecosocMatch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "non_objection_ends_at")
    public Instant nonObjectionEndsAt;

    @Column(name = "accredited_at")
    public Instant accreditedAt;

    /**
     * The reason given with the latest transition that gave one, other than a state's objection (whose reason
     * is the objection's, disclosed as the body's policy says).
     */
    public String reason;

    @Version
    public long version;
}
