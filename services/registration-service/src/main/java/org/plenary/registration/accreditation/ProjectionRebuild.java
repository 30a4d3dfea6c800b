package org.plenary.registration.accreditation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;

/**
 * Rebuilds the accreditation projection from the topic: at start-up when the table is empty (a new
 * database, a lost one), and on demand. It reads every partition from the beginning to the end it finds,
 * and applies each event through the inbox like the live consumer, so replaying what is already applied
 * changes nothing.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    private final Inbox inbox;
    private final AccreditationProjection projection;
    private final String bootstrapServers;

    public ProjectionRebuild(
            Inbox inbox,
            AccreditationProjection projection,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.inbox = inbox;
        this.projection = projection;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent start) {
        Thread rebuilder = new Thread(
                () -> {
                    try {
                        long rows =
                                VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(Accreditation::count));
                        if (rows == 0) {
                            LOG.info("The accreditation projection is empty: rebuilding it from the topic");
                            rebuild();
                        }
                    } catch (Throwable e) {
                        LOG.warnf("Could not rebuild the accreditation projection at start-up: %s", e.getMessage());
                    }
                },
                "accreditation-projection-rebuild");
        rebuilder.setDaemon(true);
        rebuilder.start();
    }

    /**
     * Reads the accreditation topic from the beginning to its current end and applies every event.
     *
     * Blocks: call it from a worker thread.
     *
     * @return how many records it read
     */
    public int rebuild() {
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
                    consumer.partitionsFor(AccreditationEvents.APPLICATIONS_TOPIC, Duration.ofSeconds(10)).stream()
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
                                () -> inbox.apply(AccreditationProjection.CONSUMER, record.value(), projection::apply));
                    } catch (PoisonEventException e) {
                        LOG.debugf(
                                "Skipped an unreadable record at %s-%d@%d",
                                record.topic(), record.partition(), record.offset());
                    } catch (Throwable e) {
                        throw new IllegalStateException("rebuild stopped at offset " + record.offset(), e);
                    }
                }
            }
        }
        LOG.infof("Accreditation projection rebuilt from %d records", read);
        return read;
    }
}
