package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One delegate's registration for a session: a seat, or a place on the waiting list. */
@Entity
public class Registration extends PanacheEntityBase {

    public enum Status {
        /** Holds a seat, awaiting the secretariat's confirmation. */
        PENDING,
        /** Holds a seat. */
        CONFIRMED,
        /** Waits for a seat, in the order of {@code waitlistPosition}. */
        WAITLISTED,
        CANCELLED,
        DECLINED,
        /** Withdrawn because the organisation's accreditation was revoked. */
        WITHDRAWN;

        public boolean holdsSeat() {
            return this == PENDING || this == CONFIRMED;
        }

        public boolean isLive() {
            return holdsSeat() || this == WAITLISTED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "delegate_name", nullable = false)
    public String delegateName;

    @Column(name = "delegate_email", nullable = false)
    public String delegateEmail;

    @Column(name = "delegate_function")
    public String delegateFunction;

    /** Exactly one delegate in a seat heads each organisation's delegation (see {@link HeadOfDelegation}). */
    @Column(name = "head_of_delegation", nullable = false)
    public boolean headOfDelegation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Registered after the deadline under a session's ACCEPT_LATE policy: processed with lower priority. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public String reason;

    /** The meeting parts the delegate is registered for, one name a line. */
    @Column(name = "meeting_parts", nullable = false)
    public String meetingParts;

    public java.util.List<String> meetingParts() {
        return meetingParts.isEmpty() ? java.util.List.of() : java.util.List.of(meetingParts.split("\n"));
    }

    @Version
    public long version;
}
