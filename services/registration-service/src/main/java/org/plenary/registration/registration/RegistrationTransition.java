package org.plenary.registration.registration;

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

/** One step in a registration's history: what was done, by whom, when and why. Never changed. */
@Entity
@Table(name = "registration_transition")
public class RegistrationTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    /** What was done: the event type's last part (registered, promoted, cancelled, ...). */
    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Registration.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public Registration.Status toStatus;

    @Column(name = "head_of_delegation", nullable = false)
    public boolean headOfDelegation;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(nullable = false)
    public Instant at;

    public String reason;
}
