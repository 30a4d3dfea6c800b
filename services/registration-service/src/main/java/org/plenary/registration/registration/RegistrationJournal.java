package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.security.Actor;
import org.plenary.registration.accreditation.Accreditation;
import org.plenary.registration.registration.Registration.Status;
import org.plenary.registration.session.Session;

/**
 * Writes a transaction's registration changes, once the whole change is done: first it settles who heads each
 * delegation the change touched, then each change becomes an event that tells the registration as the transaction
 * leaves it, names the organisation as accredited to the body, its rank on the waiting list and the seats it
 * holds. Call it last, inside the transaction.
 */
@ApplicationScoped
public class RegistrationJournal {

    private static final String PREFIX = "registration.registration.";

    private final Outbox outbox;
    private final Clock clock;

    public RegistrationJournal(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> write(RegistrationChanges changes) {
        if (changes.changes().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Session session = changes.session();
        Set<String> organisations = new LinkedHashSet<>();
        changes.changes().forEach(c -> organisations.add(c.registration().organisationId));
        return Multi.createFrom()
                .iterable(organisations)
                .onItem()
                .transformToUniAndConcatenate(organisation -> {
                    RegistrationChanges.Head head = changes.head(organisation);
                    return head == null
                            ? HeadOfDelegation.settle(changes, organisation, null, Actor.system("head-of-delegation"))
                            : HeadOfDelegation.settle(changes, organisation, head.named(), head.actor());
                })
                .collect()
                .asList()
                .chain(() -> Panache.getSession().chain(Mutiny.Session::flush))
                // The ranks only where a registration of the change waits (the others have none), and each
                // organisation's seats once: the reads the events need, no more.
                .chain(() -> changes.changes().stream().anyMatch(c -> c.registration().status == Status.WAITLISTED)
                        ? RegistrationQueries.ranks(Set.of(session.id))
                        : Uni.createFrom().item(Map.<UUID, RegistrationQueries.Rank>of()))
                .chain(ranks -> RegistrationQueries.organisationSeats(session.id, organisations)
                        .chain(seats -> Multi.createFrom()
                                .iterable(List.copyOf(changes.changes()))
                                .filter(c -> !c.type().equals(RegistrationEvents.HEAD_OF_DELEGATION_CHANGED)
                                        || !changes.hasOtherChange(c))
                                .onItem()
                                .transformToUniAndConcatenate(change -> write(session, change, ranks, seats))
                                .collect()
                                .asList()
                                .replaceWithVoid()));
    }

    private Uni<Void> write(
            Session session,
            RegistrationChanges.Change change,
            Map<UUID, RegistrationQueries.Rank> ranks,
            Map<String, Long> seats) {
        Registration r = change.registration();
        RegistrationQueries.Rank rank = ranks.get(r.id);
        RegistrationTransition step = new RegistrationTransition();
        step.registrationId = r.id;
        step.action = change.type().substring(PREFIX.length());
        step.fromStatus = change.from();
        step.toStatus = r.status;
        step.headOfDelegation = r.headOfDelegation;
        step.actorRole = change.actor().role();
        step.actorSubject = change.actor().subject();
        step.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        step.reason = change.reason();
        return step.persist()
                .chain(() -> Accreditation.<Accreditation>findById(
                                new Accreditation.Key(r.organisationId, session.bodyId))
                        .chain(accreditation -> outbox.record(
                                RegistrationEvents.REGISTRATIONS_TOPIC,
                                "organisation",
                                r.organisationId,
                                r.id.toString(),
                                change.type(),
                                RegistrationEvent.of(
                                        r,
                                        session,
                                        accreditation == null ? null : accreditation.organisationName,
                                        rank == null ? null : (long) rank.inSession(),
                                        seats.getOrDefault(r.organisationId, 0L).intValue(),
                                        change.actor()))))
                .replaceWithVoid();
    }
}
