package org.plenary.accreditation.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in an application's history: what was done, by whom, when and why. Never changed. */
@Entity
@Table(name = "application_transition")
public class Transition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ApplicationStatus toStatus;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    /** The objecting state's code, on a state's objection. */
    @Column(name = "actor_state")
    public String actorState;

    @Column(nullable = false)
    public Instant at;

    public String reason;
}
