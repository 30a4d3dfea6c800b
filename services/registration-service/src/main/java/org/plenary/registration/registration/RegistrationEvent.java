package org.plenary.registration.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.platform.security.Actor;
import org.plenary.registration.registration.Registration.Status;
import org.plenary.registration.session.Session;

/**
 * The data of a registration event (no e-mail address): the registration as the change left it, and the
 * organisation's seats in the session after the whole transaction.
 */
record RegistrationEvent(
        UUID registrationId,
        UUID sessionId,
        String bodyId,
        String organisationId,
        String organisationName,
        Map<String, Object> delegate,
        Status status,
        boolean late,
        Long waitlistPosition,
        String reason,
        Integer organisationSeats,
        Actor actor) {

    /** The registration as it stands now; the organisation's name, rank and seats are filled in at the end. */
    static RegistrationEvent of(Registration r, Session session, Actor actor) {
        Map<String, Object> delegate = new LinkedHashMap<>();
        delegate.put("name", r.delegateName);
        delegate.put("function", r.delegateFunction);
        delegate.put("headOfDelegation", r.headOfDelegation);
        return new RegistrationEvent(
                r.id,
                r.sessionId,
                session.bodyId,
                r.organisationId,
                null,
                delegate,
                r.status,
                r.late,
                null,
                r.reason,
                null,
                actor);
    }

    RegistrationEvent completed(String organisationName, Long waitlistPosition, int organisationSeats) {
        return new RegistrationEvent(
                registrationId,
                sessionId,
                bodyId,
                organisationId,
                organisationName,
                delegate,
                status,
                late,
                status == Status.WAITLISTED ? waitlistPosition : null,
                reason,
                organisationSeats,
                actor);
    }
}
