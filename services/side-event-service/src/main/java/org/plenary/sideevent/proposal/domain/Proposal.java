package org.plenary.sideevent.proposal.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.db.StringListConverter;

/** An organisation's side-event proposal for a session and, once approved, its room and slot. */
@Entity
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;

    @Column(name = "expected_attendance", nullable = false)
    public int expectedAttendance;

    /** Co-organising organisations (ids), each eligible for the session when named. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "co_organisations", nullable = false)
    public List<String> coOrganisations;

    /** Co-organising member states (ISO 3166-1 alpha-2). */
    @Convert(converter = StringListConverter.class)
    @Column(name = "co_member_states", nullable = false)
    public List<String> coMemberStates;

    /** The slots the organisation prefers (slot ids), in its order of preference. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "preferred_slots", nullable = false)
    public List<String> preferredSlots;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The reason given with the latest change that gave one (a rejection, a withdrawal, a cancellation). */
    public String reason;

    @Embedded
    public Allocation allocation;

    @Version
    public long version;
}
