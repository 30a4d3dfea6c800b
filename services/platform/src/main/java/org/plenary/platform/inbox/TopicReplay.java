package org.plenary.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.plenary.contracts.EventEnvelope;

/**
 * Rebuilds a projection (a service's copy of another service's facts) from the topic that carries those facts: it
 * reads every partition from the beginning to the end it finds, and applies each event through the {@link Inbox}.
 *
 * <ul>
 *   <li><b>Its own identity.</b> The rebuild records what it applied under {@link #identity} ({@code <consumer>@rebuild}),
 *       not under the live consumer's name: a copy lost while the live consumer's inbox records stay is rebuilt
 *       whole, and an operator's rebuild of a copy that is not empty applies every event again (projections are
 *       idempotent, an older event never overwriting a newer one).
 *   <li><b>No race with the live consumer.</b> Both apply an event of one aggregate under one lock (the live
 *       consumer's name and the aggregate, see {@link Inbox#apply(String, String, String, Function)}): one waits for
 *       the other's transaction, and then sees its change.
 *   <li><b>Resumes where it stopped.</b> How far it got on each partition ({@code projection_rebuild_offset}) is
 *       recorded as it goes, and whether it is complete ({@code projection_rebuild}): a service stopped or killed
 *       in the middle of a rebuild resumes it at its next start, and what it applied before is not applied twice
 *       (its inbox records say so).
 *   <li><b>Waits for its infrastructure.</b> Until PostgreSQL and Kafka answer it tries again, the back-off
 *       doubling up to 30 s; the live consumers carry on meanwhile.
 *   <li><b>Visible.</b> {@link #states()} (the "Projections" line of {@code /q/health/well}) says where each copy
 *       stands, and how many are still incomplete; an operator starts a rebuild with
 *       {@code POST /q/projections/<name>/rebuild} on the management port ({@code deploy/local/plenary rebuild}).
 *   <li><b>Stops with the service.</b> At shutdown it stops at its next record (see {@link #stop()}).
 * </ul>
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

    /** What {@link #states()} begins with for a copy that is complete. */
    public static final String COMPLETE = "complete";

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LAST_WAIT = Duration.ofSeconds(30);
    /** How many records a rebuild applies between two records of how far it got. */
    private static final int RECORD_EVERY = 50;

    private static final String STOPPED = "stopped by the service's shutdown; resumes at the next start";

    private final Inbox inbox;
    private final org.plenary.platform.KafkaConnection kafka;
    private final Clock clock;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Map<String, Projection> known = new ConcurrentHashMap<>();
    /** The rebuilds running now, by projection: an operator's second request joins the one running. */
    private final Map<String, CompletableFuture<Integer>> running = new ConcurrentHashMap<>();

    /** Set at shutdown: every rebuild stops at its next record, wait or poll (the service must stop promptly). */
    private volatile boolean stopping;
    /** The threads rebuilding now and the consumers they read with, woken and interrupted at shutdown. */
    private final Set<Thread> rebuilding = new CopyOnWriteArraySet<>();

    private final Set<KafkaConsumer<?, ?>> reading = new CopyOnWriteArraySet<>();

    @jakarta.inject.Inject
    public TopicReplay(Inbox inbox, org.plenary.platform.KafkaConnection kafka, Clock clock) {
        this.inbox = inbox;
        this.kafka = kafka;
        this.clock = clock;
    }

    public TopicReplay(Inbox inbox, org.plenary.platform.KafkaConnection kafka) {
        this(inbox, kafka, Clock.systemUTC());
    }

    /** The name a rebuild records its applied events under, beside the live consumer's. */
    public static String identity(Projection projection) {
        return projection.consumer() + "@rebuild";
    }

    /**
     * In the background, one after the other: resumes each rebuild that a stop or a crash interrupted, and rebuilds
     * each projection that holds no row (a new database, a lost one). Call it at start-up. Until PostgreSQL and
     * Kafka answer it waits and tries again, so a service started before them still gets its copies.
     *
     * @return completes when every projection has been seen to (or the service stops)
     */
    public CompletableFuture<Void> rebuildEmptyInBackground(List<Projection> projections) {
        projections.forEach(projection -> {
            known.put(projection.name(), projection);
            states.put(projection.name(), "waiting to start");
        });
        CompletableFuture<Void> done = new CompletableFuture<>();
        background(
                () -> {
                    for (Projection projection : projections) {
                        if (stopping) {
                            states.put(projection.name(), STOPPED);
                            continue;
                        }
                        whenReachable(projection, () -> rebuildIfNeeded(projection));
                    }
                },
                done);
        return done;
    }

    /**
     * The operator's rebuild: replays the whole topic of the projection named into it again, in the background
     * (joining the rebuild of it that runs, if one does). The copy answers from what it has meanwhile.
     *
     * @return completes with how many records were read
     * @throws IllegalArgumentException if this service has no projection of that name
     */
    public CompletableFuture<Integer> rebuildInBackground(String name) {
        Projection projection = known.get(name);
        if (projection == null) {
            throw new IllegalArgumentException("no projection " + name + "; this service has " + known.keySet());
        }
        CompletableFuture<Integer> fresh = new CompletableFuture<>();
        CompletableFuture<Integer> current = running.putIfAbsent(name, fresh);
        if (current != null) {
            return current;
        }
        states.put(name, "waiting to start (asked for by an operator)");
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] read = {0};
        background(
                () -> {
                    whenReachable(projection, () -> restart(projection));
                    if (!stopping) {
                        whenReachable(projection, () -> read[0] = replay(projection));
                    }
                },
                done);
        done.whenComplete((ignored, failure) -> {
            running.remove(name, fresh);
            fresh.complete(read[0]);
        });
        return fresh;
    }

    /** The projections this service rebuilds, by name. */
    public Set<String> projections() {
        return Set.copyOf(known.keySet());
    }

    /** Where each projection's rebuild stands, by projection name: for the health check and the operator. */
    public Map<String, String> states() {
        return Map.copyOf(states);
    }

    /** How many copies are not complete (waiting for their infrastructure, being rebuilt, or stopped). */
    public long incomplete() {
        return states.values().stream()
                .filter(state -> !state.startsWith(COMPLETE))
                .count();
    }

    /**
     * At shutdown: every rebuild stops at once (its consumer is woken from its poll, its wait interrupted) instead of
     * reading the rest of its topic while the service is asked to stop. What it applied stays applied; the rest is
     * applied at the next start.
     */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /** Stops every rebuild in progress (see {@link #onShutdown}); a rebuild started afterwards does nothing. */
    public void stop() {
        stopping = true;
        reading.forEach(KafkaConsumer::wakeup);
        rebuilding.forEach(Thread::interrupt);
    }

    /** On a daemon thread of its own, which stops at shutdown without holding the application's worker pool. */
    private void background(Runnable work, CompletableFuture<Void> done) {
        Thread thread = new Thread(
                () -> {
                    rebuilding.add(Thread.currentThread());
                    try {
                        work.run();
                    } finally {
                        rebuilding.remove(Thread.currentThread());
                        done.complete(null);
                    }
                },
                "plenary-projection-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    private interface Step {
        void run() throws Throwable;
    }

    /** Runs the step until it succeeds, waiting out PostgreSQL and Kafka; or until the service stops. */
    private void whenReachable(Projection projection, Step step) {
        Duration wait = FIRST_WAIT;
        while (!stopping) {
            try {
                step.run();
                return;
            } catch (Throwable e) {
                if (stopping) {
                    break;
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
                    break;
                }
                wait = wait.multipliedBy(2).compareTo(LAST_WAIT) > 0 ? LAST_WAIT : wait.multipliedBy(2);
            }
        }
        states.put(projection.name(), STOPPED);
        LOG.infof("The rebuild of the %s projection stopped with the service", projection.name());
    }

    private void rebuildIfNeeded(Projection projection) throws Throwable {
        String recorded = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select state from projection_rebuild where projection = :p", String.class)
                        .setParameter("p", projection.name())
                        .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0))));
        if ("rebuilding".equals(recorded)) {
            LOG.infof("Resuming the rebuild of the %s projection where it stopped", projection.name());
            replay(projection);
            return;
        }
        long rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(projection.rows()));
        if (rows > 0) {
            states.put(projection.name(), COMPLETE + " (" + rows + " rows at start-up, no rebuild needed)");
            return;
        }
        LOG.infof("The %s projection is empty: rebuilding it from the topic", projection.name());
        rebuild(projection);
    }

    /**
     * Replays the projection's whole topic into it, from the beginning to its current end; an event that cannot be
     * read or applied is skipped, with a warning (the live consumer sent it to the dead-letter topic), and the rest
     * is still applied. Passing failures (the database away) are waited out by the {@link Inbox}.
     *
     * <p>Blocks: call it from a worker thread.
     *
     * @return how many records it read
     */
    public int rebuild(Projection projection) {
        known.putIfAbsent(projection.name(), projection);
        restart(projection);
        return replay(projection);
    }

    /** Records a rebuild that starts afresh: from the beginning, every event applied again under its own name. */
    private void restart(Projection projection) {
        if (stopping) {
            throw new RebuildStopped();
        }
        // A fresh start: from the beginning, and every event applied again under the rebuild's own name.
        await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("insert into projection_rebuild"
                                + " (projection, state, started_at) values (:p, 'rebuilding', :at)"
                                + " on conflict (projection) do update set state = 'rebuilding',"
                                + " started_at = excluded.started_at, completed_at = null")
                        .setParameter("p", projection.name())
                        .setParameter("at", clock.instant())
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(
                                        "delete from projection_rebuild_offset where projection = :p")
                                .setParameter("p", projection.name())
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery("delete from processed_event where consumer = :c")
                                .setParameter("c", identity(projection))
                                .executeUpdate()))));
    }

    /** Reads the topic from where the rebuild got to (recorded per partition) to its end, then records it complete. */
    private int replay(Projection projection) {
        if (stopping) {
            throw new RebuildStopped();
        }
        Properties props = kafka.properties();
        props.putAll(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                "200"));
        int read = 0;
        int skipped = 0;
        states.put(projection.name(), "rebuilding");
        Map<Integer, Long> from = await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select topic_partition, next_offset from projection_rebuild_offset"
                                        + " where projection = :p",
                                Object[].class)
                        .setParameter("p", projection.name())
                        .getResultList())
                .map(found -> {
                    Map<Integer, Long> offsets = new HashMap<>();
                    found.forEach(row -> offsets.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
                    return offsets;
                })));
        Thread self = Thread.currentThread();
        boolean added = rebuilding.add(self);
        Map<Integer, Long> reached = new LinkedHashMap<>();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        reading.add(consumer);
        try {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(projection.topic(), Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            for (TopicPartition partition : partitions) {
                Long next = from.get(partition.partition());
                if (next != null) {
                    consumer.seek(partition, next);
                }
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (stopping) {
                        throw new RebuildStopped();
                    }
                    read++;
                    try {
                        VertxContextSupport.subscribeAndAwait(() -> inbox.apply(
                                identity(projection), projection.consumer(), record.value(), projection.handler()));
                    } catch (PoisonEventException e) {
                        LOG.debugf(
                                "Skipped an unreadable record at %s-%d@%d",
                                record.topic(), record.partition(), record.offset());
                    } catch (Throwable e) {
                        if (stopping) {
                            throw new RebuildStopped();
                        }
                        // The inbox already waited out passing failures: this event cannot be applied, as the
                        // live consumer found (and dead-lettered it). The rest of the topic is still applied.
                        skipped++;
                        LOG.warnf(
                                "The rebuild of %s skipped the record at %s-%d@%d, which cannot be applied: %s",
                                projection.name(), record.topic(), record.partition(), record.offset(), e.getMessage());
                    }
                    reached.put(record.partition(), record.offset() + 1);
                    if (read % RECORD_EVERY == 0) {
                        record(projection, reached);
                    }
                }
                record(projection, reached);
                states.put(projection.name(), "rebuilding: " + read + " records read");
            }
            // Complete: the rebuild's inbox records are no longer needed (a new rebuild starts from the beginning).
            await(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("update projection_rebuild set state = 'complete',"
                                    + " completed_at = :at where projection = :p")
                            .setParameter("p", projection.name())
                            .setParameter("at", clock.instant())
                            .executeUpdate()
                            .chain(() -> session.createNativeQuery(
                                            "delete from projection_rebuild_offset where projection = :p")
                                    .setParameter("p", projection.name())
                                    .executeUpdate())
                            .chain(() -> session.createNativeQuery("delete from processed_event where consumer = :c")
                                    .setParameter("c", identity(projection))
                                    .executeUpdate()))));
        } catch (WakeupException | InterruptException | RebuildStopped e) {
            // How far it got, for the next start (what it applied beyond is skipped then, by its inbox records).
            Thread.interrupted();
            try {
                record(projection, reached);
            } catch (RuntimeException notRecorded) {
                LOG.debugf("The rebuild of %s could not record how far it got: %s", projection.name(), notRecorded);
            }
            throw new RebuildStopped();
        } finally {
            reading.remove(consumer);
            if (added) {
                rebuilding.remove(self);
            }
            if (stopping) {
                Thread.interrupted(); // the interruption did its work: the consumer must still close
            }
            consumer.close();
        }
        LOG.infof("The %s projection was rebuilt from %d records (%d skipped)", projection.name(), read, skipped);
        states.put(
                projection.name(),
                COMPLETE + ": rebuilt from " + read + " records (" + skipped + " that cannot be applied skipped)");
        return read;
    }

    /** How far the rebuild got on each partition: applied events below it are not read again after a restart. */
    private void record(Projection projection, Map<Integer, Long> reached) {
        if (reached.isEmpty()) {
            return;
        }
        Map<Integer, Long> offsets = Map.copyOf(reached);
        reached.clear();
        await(() -> Panache.withTransaction(() -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (Map.Entry<Integer, Long> partition : offsets.entrySet()) {
                chain = chain.chain(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("insert into projection_rebuild_offset"
                                        + " (projection, topic_partition, next_offset) values (:p, :partition, :next)"
                                        + " on conflict (projection, topic_partition)"
                                        + " do update set next_offset = excluded.next_offset")
                                .setParameter("p", projection.name())
                                .setParameter("partition", partition.getKey())
                                .setParameter("next", partition.getValue())
                                .executeUpdate()));
            }
            return chain;
        }));
    }

    private <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            if (stopping) {
                throw new RebuildStopped();
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A rebuild stopped by the service's shutdown (see {@link #stop()}). */
    public static final class RebuildStopped extends RuntimeException {
        RebuildStopped() {
            super(STOPPED, null, false, false);
        }
    }
}
