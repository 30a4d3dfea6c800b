package org.plenary.registration.registration;

import java.time.Instant;
import java.util.UUID;

/** A registration as the secretariat and its organisation see it. */
public record RegistrationView(
        UUID id,
        UUID sessionId,
        String organisationId,
        RegistrationRequests.Delegate delegate,
        Registration.Status status,
        boolean late,
        Long waitlistPosition,
        Instant registeredAt,
        String reason) {

    public static RegistrationView of(Registration r) {
        return new RegistrationView(
                r.id,
                r.sessionId,
                r.organisationId,
                new RegistrationRequests.Delegate(
                        r.delegateName, r.delegateEmail, r.delegateFunction, r.headOfDelegation),
                r.status,
                r.late,
                r.waitlistPosition,
                r.registeredAt,
                r.reason);
    }
}
