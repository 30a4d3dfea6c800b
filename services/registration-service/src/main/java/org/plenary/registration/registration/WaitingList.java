package org.plenary.registration.registration;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Set;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.security.Actor;
import org.plenary.registration.registration.Registration.Status;
import org.plenary.registration.session.Session;

/**
 * A session's waiting list. Every change that frees capacity (a seat cancelled, declined or withdrawn, more seats,
 * a larger quota) calls {@link #promote}, with the session's row locked, so that no newcomer takes a seat ahead of
 * those waiting.
 */
public final class WaitingList {

    private WaitingList() {}

    /** Gives free seats to the waiting list, in order: the first whose organisation is under its quota, and so on. */
    public static Uni<Void> promote(RegistrationChanges changes) {
        Session session = changes.session();
        return RegistrationQueries.sessionSeats(session.id).chain(taken -> {
            if (session.seats != null && taken >= session.seats) {
                return Uni.createFrom().voidItem();
            }
            return RegistrationQueries.waiting(Set.of(session.id))
                    .chain(waiting -> firstFitting(session, waiting, 0))
                    .chain(next -> {
                        if (next == null) {
                            return Uni.createFrom().voidItem();
                        }
                        next.status = session.confirmationRequired ? Status.PENDING : Status.CONFIRMED;
                        next.waitlistPosition = null;
                        next.reason = "A seat freed up.";
                        changes.add(RegistrationEvents.PROMOTED, next, Status.WAITLISTED, Actor.system("waiting-list"));
                        return promote(changes);
                    });
        });
    }

    private static Uni<Registration> firstFitting(Session session, List<Registration> waiting, int index) {
        if (index == waiting.size()) {
            return Uni.createFrom().nullItem();
        }
        Registration candidate = waiting.get(index);
        return RegistrationQueries.organisationSeats(session.id, candidate.organisationId)
                .chain(held -> held < session.delegateQuota
                        ? Uni.createFrom().item(candidate)
                        : firstFitting(session, waiting, index + 1));
    }
}
