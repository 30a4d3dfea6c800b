package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.security.Actor;

/**
 * Exactly one delegate in a seat (pending or confirmed) heads each organisation's delegation to a session: the
 * first registered, unless the organisation names another; when the head leaves, the next in registration order
 * takes over. Runs under the organisation's lock in the session (a registration) or the session's own (any other
 * change), after every change of the organisation's seats.
 */
final class HeadOfDelegation {

    private HeadOfDelegation() {}

    /**
     * Settles who heads the organisation's delegation after a change.
     *
     * @param named the delegate the organisation names head, or null to keep the head (or pass the role on)
     */
    static Uni<Void> settle(RegistrationChanges changes, String organisationId, Registration named, Actor actor) {
        return Registration.<Registration>list(
                        "sessionId = ?1 and organisationId = ?2 and (status in ?3 or headOfDelegation = true)"
                                + " order by registeredAt, id",
                        changes.session().id,
                        organisationId,
                        RegistrationQueries.SEAT)
                .chain(delegation -> {
                    List<Registration> seated = delegation.stream()
                            .filter(r -> r.status.holdsSeat())
                            .toList();
                    Registration head = named != null && named.status.holdsSeat()
                            ? named
                            : seated.stream()
                                    .filter(r -> r.headOfDelegation)
                                    .findFirst()
                                    .orElse(seated.isEmpty() ? null : seated.get(0));
                    for (Registration r : delegation) {
                        if (r.headOfDelegation && r != head) {
                            r.headOfDelegation = false;
                            if (r.status.holdsSeat()) {
                                changes.add(RegistrationEvents.HEAD_OF_DELEGATION_CHANGED, r, r.status, actor);
                            }
                        }
                    }
                    // The former head is written first: at no moment do two delegates head the delegation.
                    return Panache.getSession().chain(Mutiny.Session::flush).invoke(() -> {
                        if (head != null && !head.headOfDelegation) {
                            head.headOfDelegation = true;
                            changes.add(RegistrationEvents.HEAD_OF_DELEGATION_CHANGED, head, head.status, actor);
                        }
                    });
                })
                .replaceWithVoid();
    }
}
