package org.plenary.registration.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One step of a registration's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionView(
        String action,
        Registration.Status from,
        Registration.Status to,
        boolean headOfDelegation,
        String actorRole,
        String actor,
        Instant at,
        String reason) {

    static TransitionView of(RegistrationTransition t) {
        return new TransitionView(
                t.action, t.fromStatus, t.toStatus, t.headOfDelegation, t.actorRole, t.actorSubject, t.at, t.reason);
    }
}
