package org.plenary.sideevent.proposal.domain;

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

/** One step in a proposal's history: what was done, by whom, when and why. Never changed. */
@Entity
@Table(name = "proposal_transition")
public class ProposalTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ProposalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ProposalStatus toStatus;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(nullable = false)
    public Instant at;

    public String reason;
}
