package org.plenary.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Deletes published outbox rows once they are older than the retention. */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final Clock clock;
    private final Duration retention;

    public OutboxPurge(
            Clock clock, @ConfigProperty(name = "plenary.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes published rows older than the retention ({@code plenary.outbox.retention}, default 7 days). */
    @Scheduled(
            every = "${plenary.outbox.purge-interval:1h}",
            identity = "outbox-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> purgePublished() {
        return Panache.withTransaction(() ->
                        OutboxEvent.delete("publishedAt < ?1", clock.instant().minus(retention)))
                .invoke(deleted -> LOG.debugf("Outbox purge deleted %d published rows", deleted))
                .onFailure()
                .invoke(e -> LOG.warnf("Outbox purge failed: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
