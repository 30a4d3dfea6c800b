package org.plenary.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final Inbox inbox;
    private final String bootstrapServers;

    public TopicReplay(Inbox inbox, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.inbox = inbox;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * In the background, one after the other: rebuilds each projection that holds no row (a new database, a
     * lost one). Call it at start-up; a failure is logged, and the live consumers carry on.
     */
    public void rebuildEmptyInBackground(List<Projection> projections) {
        Thread rebuilder = new Thread(
                () -> {
                    for (Projection projection : projections) {
                        try {
                            long rows =
                                    VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(projection.rows()));
                            if (rows == 0) {
                                LOG.infof(
                                        "The %s projection is empty: rebuilding it from the topic", projection.name());
                                rebuild(projection);
                            }
                        } catch (Throwable e) {
                            LOG.warnf(
                                    "Could not rebuild the %s projection at start-up: %s",
                                    projection.name(), e.getMessage());
                        }
                    }
                },
                "projection-rebuild");
        rebuilder.setDaemon(true);
        rebuilder.start();
    }

    /**
     * Reads the projection's topic from the beginning to its current end and applies every event; an event that
     * cannot be read is skipped (the live consumer sent it to the dead-letter topic).
     *
     * <p>Blocks: call it from a worker thread.
     *
     * @return how many records it read
     */
    public int rebuild(Projection projection) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false"));
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(projection.topic(), Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    read++;
                    try {
                        VertxContextSupport.subscribeAndAwait(
                                () -> inbox.apply(projection.consumer(), record.value(), projection.handler()));
                    } catch (PoisonEventException e) {
                        LOG.debugf(
                                "Skipped an unreadable record at %s-%d@%d",
                                record.topic(), record.partition(), record.offset());
                    } catch (Throwable e) {
                        throw new IllegalStateException(
                                "the rebuild of " + projection.name() + " stopped at " + record.topic() + "-"
                                        + record.partition() + "@" + record.offset(),
                                e);
                    }
                }
            }
        }
        LOG.infof("The %s projection was rebuilt from %d records", projection.name(), read);
        return read;
    }
}
