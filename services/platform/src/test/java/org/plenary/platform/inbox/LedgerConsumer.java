package org.plenary.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;

/** A consumer as a service writes one: it applies "credited" events to a ledger through the inbox. */
@ApplicationScoped
public class LedgerConsumer {

    /** Events whose first attempt failed on purpose: a credit of 13 fails once, as a deadlock would. */
    static final Set<UUID> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    /** Accounts whose credits fail for as long as they are here: a cause an operator fixes, then re-drives. */
    static final Set<String> FROZEN = ConcurrentHashMap.newKeySet();

    private final Inbox inbox;

    public LedgerConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("ledger")
    public Uni<Void> on(String payload) {
        return inbox.apply("ledger", payload, this::apply);
    }

    private Uni<Void> apply(EventEnvelope event) {
        if (!"platform.test.credited".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        if (event.data().path("amount").asInt() == 13 && FAILED_ONCE.add(event.id())) {
            return Uni.createFrom().failure(new IllegalStateException("a passing failure"));
        }
        if (FROZEN.contains(event.aggregateId())) {
            return Uni.createFrom().failure(new IllegalStateException("account " + event.aggregateId() + " is frozen"));
        }
        if (event.data().path("amount").asInt() < 0) {
            return Uni.createFrom().failure(new IllegalArgumentException("a credit cannot be negative"));
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into ledger_entry (event_id, account, amount) values (:id, :account, :amount)")
                        .setParameter("id", event.id())
                        .setParameter("account", event.aggregateId())
                        .setParameter("amount", event.data().path("amount").asInt())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
