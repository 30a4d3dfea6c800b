package org.plenary.sideevent.session.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's copy of one registration (one delegate's seat), from {@code registration.registration.events}:
 * only what eligibility needs. An organisation may propose side events for a session while one of its
 * registrations for the session is {@value #CONFIRMED}, and keeps them while it holds a live seat: a registration
 * that is {@value #PENDING} or {@value #CONFIRMED}.
 */
@Entity
@Table(name = "registration_copy")
public class RegistrationCopy extends PanacheEntityBase {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String PENDING = "PENDING";

    /** The statuses of a registration that holds a seat. */
    public static final List<String> LIVE = List.of(PENDING, CONFIRMED);

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    /** The name under which the organisation is accredited to the body; null when the events named none. */
    @Column(name = "organisation_name")
    public String organisationName;

    /** The registration service's status: PENDING, CONFIRMED, WAITLISTED, CANCELLED, DECLINED or WITHDRAWN. */
    @Column(nullable = false)
    public String status;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;
}
