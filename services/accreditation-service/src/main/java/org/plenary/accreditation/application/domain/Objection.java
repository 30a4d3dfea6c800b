package org.plenary.accreditation.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A member state's objection to an application during its non-objection period. */
@Entity
public class Objection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "state_code", nullable = false)
    public String stateCode;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public Instant at;
}
