package org.plenary.registration.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.platform.security.Actor;
import org.plenary.registration.registration.Registration.Status;
import org.plenary.registration.session.Session;

/**
 * The data of a registration event: the registration as the transaction leaves it (with the delegate's address, to
 * which the notification service writes the delegate's own confirmation), its rank on the session's waiting list and
 * the seats its organisation holds in the session after the whole change.
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

    static RegistrationEvent of(
            Registration r,
            Session session,
            String organisationName,
            Long waitlistRank,
            int organisationSeats,
            Actor actor) {
        Map<String, Object> delegate = new LinkedHashMap<>();
        delegate.put("name", r.delegateName);
        delegate.put("email", r.delegateEmail);
        delegate.put("function", r.delegateFunction);
        delegate.put("headOfDelegation", r.headOfDelegation);
        return new RegistrationEvent(
                r.id,
                r.sessionId,
                session.bodyId,
                r.organisationId,
                organisationName,
                delegate,
                r.status,
                r.late,
                r.status == Status.WAITLISTED ? waitlistRank : null,
                r.reason,
                organisationSeats,
                actor);
    }
}
