package org.plenary.sideevent.session.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * This service's copy of a session of the registration service, from {@code registration.session.events}, with
 * the settings the side-event service owns: how many approved side events an organisation may have, and whether
 * the session meets on weekends.
 */
@Entity
@Table(name = "session_copy")
public class SessionCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String venue;

    /** IANA time zone of the venue, e.g. Europe/Vienna. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** The session's side-event proposal deadline, or null when it sets none. */
    @Column(name = "proposal_deadline")
    public Instant proposalDeadline;

    @Column(name = "events_per_organiser", nullable = false)
    public int eventsPerOrganiser;

    /** Whether the session meets on Saturdays and Sundays between its dates (default false). */
    @Column(name = "meets_on_weekends", nullable = false)
    public boolean meetsOnWeekends;

    /** When the latest session event applied here occurred. */
    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
