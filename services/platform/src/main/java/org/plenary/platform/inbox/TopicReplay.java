package org.plenary.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.plenary.contracts.EventEnvelope;

/**
 * Rebuilds a projection (a service's copy of another service's facts) from the topic that carries those facts:
 * it reads every partition from the beginning to the end it finds, and applies each event through the
 * {@link Inbox} like the live consumer, so that what is already applied changes nothing, whichever of the two
 * gets to an event first.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    /** One projection: its name, how many rows it holds, the topic it is built from and how an event applies. */
    public record Projection(
            String name,
            Supplier<Uni<Long>> rows,
            String topic,
            String consumer,
            Function<EventEnvelope, Uni<Void>> handler) {}

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LAST_WAIT = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final org.plenary.platform.KafkaConnection kafka;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    /** Set at shutdown: a rebuild stops between two polls, and resumes at the next start. */
    private volatile boolean stopping;

    public TopicReplay(Inbox inbox, org.plenary.platform.KafkaConnection kafka) {
        this.inbox = inbox;
        this.kafka = kafka;
    }

    /**
     * In the background, one after the other: rebuilds each projection that holds no row (a new database, a lost
     * one), or whose rebuild had not finished when the service last stopped (it resumes: the inbox skips what that
     * rebuild applied). Call it at start-up. Until PostgreSQL and Kafka answer it waits and tries again (the back-off doubles up
     * to 30 s), so a service started before them still gets its copies; the live consumers carry on meanwhile.
     * {@link #states()} says where each stands. Each rebuild applies only the events produced before this call: the
     * live consumers apply the later ones, and send what they send about them (a rebuild sends nothing), so that no
     * rebuild, however long, takes a new event from them.
     */
    public void rebuildEmptyInBackground(List<Projection> projections) {
        Instant startedAt = Instant.now();
        projections.forEach(projection -> states.put(projection.name(), "waiting to start"));
        // On a worker thread of the application's pool, from which the database can be waited on.
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            for (Projection projection : projections) {
                rebuildIfEmptyWhenReachable(projection, startedAt);
            }
        });
    }

    /**
     * At shutdown, a rebuild under way stops after the poll it is applying (its row in {@code projection_rebuild}
     * stays, so the next start rebuilds again and the inbox skips what was applied), and one waiting for PostgreSQL or
     * Kafka stops waiting; the application does not wait for either.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Where each projection's rebuild stands, by projection name: for the health check and the operator. */
    public Map<String, String> states() {
        return Map.copyOf(states);
    }

    private void rebuildIfEmptyWhenReachable(Projection projection, Instant producedBefore) {
        Duration wait = FIRST_WAIT;
        while (!stopping) {
            try {
                long rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(projection.rows()));
                boolean underWay =
                        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                                .chain(session -> session.createNativeQuery(
                                                "select count(*) from projection_rebuild where projection = :p",
                                                Long.class)
                                        .setParameter("p", projection.name())
                                        .getSingleResult())
                                .map(count -> count > 0)));
                if (rows > 0 && !underWay) {
                    states.put(projection.name(), "complete (" + rows + " rows at start-up, no rebuild needed)");
                    return;
                }
                if (underWay) {
                    LOG.infof(
                            "The rebuild of the %s projection did not finish before the service stopped: resuming it",
                            projection.name());
                } else {
                    LOG.infof("The %s projection is empty: rebuilding it from the topic", projection.name());
                }
                boolean lost = !underWay;
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> lost
                                // A copy lost without its inbox records would skip every event: they describe a
                                // copy that is gone. A resumed rebuild keeps them: they are its own progress.
                                ? session.createNativeQuery("delete from processed_event where consumer = :c")
                                        .setParameter("c", projection.consumer())
                                        .executeUpdate()
                                : Uni.createFrom().item(0))
                        .chain(ignored -> Panache.getSession())
                        .chain(session -> session.createNativeQuery(
                                        "insert into projection_rebuild (projection, started_at) values (:p, now())"
                                                + " on conflict (projection) do nothing")
                                .setParameter("p", projection.name())
                                .executeUpdate())));
                if (rebuilt(projection, producedBefore)) {
                    VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                            .chain(session -> session.createNativeQuery(
                                            "delete from projection_rebuild where projection = :p")
                                    .setParameter("p", projection.name())
                                    .executeUpdate())));
                }
                return;
            } catch (Throwable e) {
                if (stopping) {
                    return;
                }
                states.put(
                        projection.name(),
                        "waiting for PostgreSQL or Kafka, trying again in " + wait.toSeconds() + " s: "
                                + e.getMessage());
                LOG.warnf(
                        "Could not rebuild the %s projection yet, trying again in %d s: %s",
                        projection.name(), wait.toSeconds(), e.getMessage());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(LAST_WAIT) > 0 ? LAST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /** Rebuilds, and says whether it read the topic to its end (false: stopped at shutdown). */
    private boolean rebuilt(Projection projection, Instant producedBefore) {
        rebuild(projection, producedBefore);
        return !stopping;
    }

    /**
     * Applies one poll's records: the readable ones in one transaction ({@link Inbox#applyInOneTransaction}), and, if
     * that fails, each in a transaction of its own, which waits out a passing failure and skips an event that cannot
     * be applied (the live consumer dead-lettered it). Returns how many it skipped.
     */
    private int applyPoll(Projection projection, List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(inbox.read(record.value()));
            } catch (PoisonEventException e) {
                LOG.debugf(
                        "Skipped an unreadable record at %s-%d@%d",
                        record.topic(), record.partition(), record.offset());
            }
        }
        try {
            VertxContextSupport.subscribeAndAwait(
                    () -> inbox.applyInOneTransaction(projection.consumer(), events, projection.handler()));
            return 0;
        } catch (Throwable batchFailure) {
            LOG.debugf(
                    "The rebuild of %s applies a poll of %d records one by one: %s",
                    projection.name(), records.size(), batchFailure.getMessage());
        }
        int skipped = 0;
        for (ConsumerRecord<String, String> record : records) {
            if (stopping) {
                break; // the next start applies the rest
            }
            try {
                VertxContextSupport.subscribeAndAwait(
                        () -> inbox.apply(projection.consumer(), record.value(), projection.handler()));
            } catch (PoisonEventException e) {
                // Unreadable: left out above already.
            } catch (Throwable e) {
                // The inbox already waited out passing failures: this event cannot be applied, as the live
                // consumer found (and dead-lettered it). The rest of the topic is still applied.
                skipped++;
                LOG.warnf(
                        "The rebuild of %s skipped the record at %s-%d@%d, which cannot be applied: %s",
                        projection.name(), record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        return skipped;
    }

    /**
     * Reads the projection's topic from the beginning to its current end and applies every event; an event that
     * cannot be read or applied is skipped, with a warning (the live consumer sent it to the dead-letter topic), and
     * the rest is still applied. Passing failures (the database away) are waited out by the {@link Inbox}.
     *
     * <p>Blocks: call it from a worker thread.
     *
     * @return how many records it read
     */
    public int rebuild(Projection projection) {
        return rebuild(projection, Instant.now());
    }

    /** {@link #rebuild(Projection)}, applying only the events produced before {@code producedBefore}. */
    int rebuild(Projection projection, Instant producedBefore) {
        long before = producedBefore.toEpochMilli();
        Properties props = kafka.properties();
        props.putAll(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false"));
        int read = 0;
        int skipped = 0;
        states.put(projection.name(), "rebuilding");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(projection.topic(), Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!stopping && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition) || record.timestamp() >= before) {
                        continue; // the live consumer's: produced after the rebuild began
                    }
                    batch.add(record);
                }
                read += batch.size();
                skipped += applyPoll(projection, batch);
                states.put(projection.name(), "rebuilding: " + read + " records read");
            }
        }
        if (stopping) {
            LOG.infof(
                    "The rebuild of the %s projection stopped at shutdown after %d records; it resumes at the next start",
                    projection.name(), read);
            states.put(projection.name(), "stopped at shutdown after " + read + " records; resumes at the next start");
            return read;
        }
        LOG.infof("The %s projection was rebuilt from %d records (%d skipped)", projection.name(), read, skipped);
        states.put(
                projection.name(),
                "rebuilt from " + read + " records (" + skipped + " that cannot be applied skipped)");
        return read;
    }
}
