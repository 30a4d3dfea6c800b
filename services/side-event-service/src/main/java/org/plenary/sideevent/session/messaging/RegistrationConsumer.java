package org.plenary.sideevent.session.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;
import org.plenary.platform.security.Actor;
import org.plenary.sideevent.proposal.domain.SeatRule;
import org.plenary.sideevent.proposal.service.ProposalService;
import org.plenary.sideevent.session.domain.SessionCopy;
import org.plenary.sideevent.session.rest.SessionView;
import org.plenary.sideevent.session.service.SessionService;

/**
 * Keeps {@code registration_copy} equal to the registration service's registrations
 * ({@code registration.registration.events}). When an organisation is left with no live seat (pending or confirmed
 * registration) in a session after the whole change an event reports ({@link SeatRule}), its pending and approved
 * side events for the session are cancelled, freeing their rooms and slots, each with an event; all in the event's
 * transaction. Never those of a session that has ended: the record of a past session stays as it was.
 */
@ApplicationScoped
public class RegistrationConsumer {

    static final String CONSUMER = "registrations";
    static final String TYPE_PREFIX = "registration.registration.";

    private static final String UPSERT = "insert into registration_copy (registration_id, session_id, organisation_id,"
            + " organisation_name, status, last_event_at) values (:id, :session, :organisation, :name, :status, :at)"
            + " on conflict (registration_id) do update set session_id = excluded.session_id,"
            + " organisation_id = excluded.organisation_id,"
            + " organisation_name = coalesce(excluded.organisation_name, registration_copy.organisation_name),"
            + " status = excluded.status, last_event_at = excluded.last_event_at"
            + " where registration_copy.last_event_at <= excluded.last_event_at";

    private final Inbox inbox;
    private final SessionService sessions;
    private final ProposalService proposals;
    private final SeatRule seatRule;

    public RegistrationConsumer(Inbox inbox, SessionService sessions, ProposalService proposals, Clock clock) {
        this.inbox = inbox;
        this.sessions = sessions;
        this.proposals = proposals;
        this.seatRule = new SeatRule(clock);
    }

    @Incoming("registrations")
    public Uni<Void> on(String payload) {
        return inbox.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        if (event.type() == null || !event.type().startsWith(TYPE_PREFIX)) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        UUID registrationId;
        UUID sessionId;
        try {
            registrationId = UUID.fromString(SessionConsumer.required(data, "registrationId"));
            sessionId = UUID.fromString(SessionConsumer.required(data, "sessionId"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        String organisationId = SessionConsumer.required(data, "organisationId");
        String status = SessionConsumer.required(data, "status");
        String organisationName = data.path("organisationName").isTextual()
                ? data.path("organisationName").asText()
                : null;
        Integer reportedSeats = organisationSeats(event);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("id", registrationId)
                        .setParameter("session", sessionId)
                        .setParameter("organisation", organisationId)
                        .setParameter("name", organisationName)
                        .setParameter("status", status)
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .chain(applied -> SessionCopy.<SessionCopy>findById(sessionId)
                        .chain(session -> sessions.liveSeats(sessionId, organisationId)
                                // An event older than the copy reports a state that has passed: the copy tells the
                                // present.
                                .map(live -> seatRule.cancelsSideEvents(
                                        session == null ? null : SessionView.facts(session),
                                        applied > 0 ? reportedSeats : null,
                                        live))))
                .chain(loses -> loses
                        ? proposals.cancelForLostRegistration(
                                sessionId,
                                organisationId,
                                "The organisation no longer holds a seat (a pending or confirmed registration) for the"
                                        + " session (registration " + registrationId + " " + status.toLowerCase()
                                        + ").",
                                Actor.system("registration-" + status.toLowerCase()))
                        : Uni.createFrom().voidItem());
    }

    /** The organisation's live seats after the change, as the event reports them; null when it does not. */
    private static Integer organisationSeats(EventEnvelope event) {
        JsonNode seats = event.data().get("organisationSeats");
        if (seats == null || seats.isNull()) {
            return null;
        }
        if (!seats.canConvertToInt() || !seats.isIntegralNumber() || seats.intValue() < 0) {
            throw new PoisonEventException(
                    event.type() + " " + event.id() + " cannot be read: organisationSeats is not a count");
        }
        return seats.intValue();
    }
}
