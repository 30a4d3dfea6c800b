package org.plenary.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox's backlog as gauges, refreshed every 15 seconds: {@code plenary_outbox_pending_events} (events not yet
 * published), {@code plenary_outbox_oldest_pending_age_seconds} (how long the oldest has waited; 0 when none) and
 * {@code plenary_outbox_set_aside_events} (events the broker refused for good). A backlog that grows while Kafka is
 * away is expected; one that grows while Kafka answers is the relay falling behind.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String BACKLOG = "select count(*) filter (where set_aside_at is null) as pending,"
            + " min(occurred_at) filter (where set_aside_at is null) as oldest,"
            + " count(*) filter (where set_aside_at is not null) as set_aside"
            + " from outbox_event where published_at is null";

    private final Pool pool;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();

    public OutboxMetrics(Pool pool, Clock clock, MeterRegistry metrics) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("plenary.outbox.pending.events", pending, AtomicLong::get)
                .description("Events in the outbox not yet published (set-aside ones not counted)")
                .register(metrics);
        Gauge.builder("plenary.outbox.oldest.pending.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Seconds the oldest event not yet published has waited in the outbox (0: none waits)")
                .register(metrics);
        Gauge.builder("plenary.outbox.set.aside.events", setAside, AtomicLong::get)
                .description("Events in the outbox set aside because the broker refused them for good")
                .register(metrics);
    }

    @Scheduled(
            every = "15s",
            delayed = "1s",
            identity = "outbox-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Row row = pool.query(BACKLOG)
                    .execute()
                    .map(rows -> rows.iterator().next())
                    .await()
                    .atMost(Duration.ofSeconds(10));
            pending.set(row.getLong("pending"));
            setAside.set(row.getLong("set_aside"));
            OffsetDateTime oldest = row.getOffsetDateTime("oldest");
            oldestAgeSeconds.set(
                    oldest == null
                            ? 0
                            : Math.max(
                                    0,
                                    Duration.between(oldest.toInstant(), clock.instant())
                                            .toSeconds()));
        } catch (RuntimeException e) {
            // The database away: the readiness check says so; the gauges keep their last values.
            LOG.debugf("Outbox not measured (database away?): %s", e.getMessage());
        }
    }
}
