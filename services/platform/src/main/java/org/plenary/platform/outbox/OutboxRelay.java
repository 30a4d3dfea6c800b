package org.plenary.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published.
 *
 * <p>One replica relays at a time: each pass takes a transaction-scoped advisory lock, so rows of one key
 * are published in commit order and two replicas never publish the same row in normal operation. Rows are
 * locked with {@code FOR UPDATE SKIP LOCKED} as a second guard. A pass stops at the first failed send (Kafka
 * down, say): that row and every later one stay unpublished and are tried again on the next pass. A row can
 * be published twice only if the process dies between Kafka's acknowledgement and the commit; consumers are
 * idempotent for that reason.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The advisory lock key: "outbox" in ASCII. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final int batchSize;
    private final URI source;
    private final Duration retention;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean failing = new AtomicBoolean();

    public OutboxRelay(
            @Channel("outbox") MutinyEmitter<String> emitter,
            Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "plenary.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "plenary.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.emitter = emitter;
        this.retention = retention;
        this.published = Counter.builder("plenary.outbox.published")
                .description("Outbox events published to Kafka")
                .register(metrics);
        this.failures = Counter.builder("plenary.outbox.publish.failures")
                .description("Attempts to publish an outbox event that failed (Kafka unreachable, say)")
                .register(metrics);
        this.source = URI.create(Outbox.sourceOf(application));
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(
            every = "${plenary.outbox.poll-interval:1s}",
            delayed = "${plenary.outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-relay")
    Uni<Void> scheduledPass() {
        return publishPending()
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> LOG.warnf("Outbox relay pass failed: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull();
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

    /** One pass: publishes what is pending, up to the batch size, and returns how many rows it published. */
    public Uni<Integer> publishPending() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")", Boolean.class)
                        .getSingleResult()
                        .chain(locked ->
                                locked ? claim(session) : Uni.createFrom().item(List.<OutboxEvent>of()))
                        .chain(rows -> publishInOrder(rows, 0))));
    }

    private Uni<List<OutboxEvent>> claim(Mutiny.Session session) {
        return session.createNativeQuery(
                        "select * from outbox_event where published_at is null order by seq limit " + batchSize
                                + " for update skip locked",
                        OutboxEvent.class)
                .getResultList();
    }

    private Uni<Integer> publishInOrder(List<OutboxEvent> rows, int index) {
        if (index == rows.size()) {
            if (!rows.isEmpty() && failing.compareAndSet(true, false)) {
                LOG.info("Outbox relay is publishing again");
            }
            return Uni.createFrom().item(index);
        }
        OutboxEvent row = rows.get(index);
        return send(row)
                .onItem()
                .transformToUni(ignored -> {
                    row.publishedAt = clock.instant();
                    row.lastError = null;
                    published.increment();
                    return publishInOrder(rows, index + 1);
                })
                .onFailure()
                .recoverWithItem(e -> {
                    row.attempts++;
                    failures.increment();
                    row.lastError = String.valueOf(e.getMessage());
                    if (failing.compareAndSet(false, true)) {
                        LOG.warnf(
                                "Outbox relay cannot publish event %s to %s, will retry: %s",
                                row.eventId, row.topic, e.getMessage());
                    }
                    return index;
                });
    }

    private Uni<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.messageKey)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId.toString())
                        .withSource(source)
                        .withType(row.eventType)
                        .withSubject(row.subject)
                        .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
        Context context = Vertx.currentContext();
        Executor back = context == null ? Runnable::run : command -> context.runOnContext(v -> command.run());
        return emitter.sendMessage(message).emitOn(back);
    }
}
