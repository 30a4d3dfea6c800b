package org.plenary.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.plenary.platform.KafkaAdmins;
import org.plenary.platform.KafkaConnection;

/**
 * How far behind the service's consumers are: {@code plenary_consumer_lag_records{group,topic}}, the records of the
 * topic past the offsets the group committed (all of them when it committed none), summed over the partitions. One
 * gauge per incoming channel's topic and group ({@code mp.messaging.incoming.<channel>.topic} and
 * {@code .group.id}), refreshed every 15 seconds with the service's own Kafka login: a lag that does not drop to zero
 * for a minute is a consumer that falls behind (the alert), one that grows is a consumer stuck.
 */
@Startup
@ApplicationScoped
public class ConsumerLagMetrics {

    private static final Logger LOG = Logger.getLogger(ConsumerLagMetrics.class);
    private static final String PREFIX = "mp.messaging.incoming.";
    private static final long TIMEOUT_SECONDS = 5;

    /** One consumer group reading one topic. */
    record Subscription(String group, String topic) {}

    private final Map<Subscription, AtomicLong> lags =
            new TreeMap<>(java.util.Comparator.comparing(Subscription::group).thenComparing(Subscription::topic));
    private final Admin admin;

    public ConsumerLagMetrics(Config config, MeterRegistry metrics, KafkaConnection kafka) {
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX) || !name.endsWith(".topic") || name.contains(".dead-letter-queue.")) {
                continue;
            }
            String channel = name.substring(PREFIX.length(), name.length() - ".topic".length());
            if (channel.contains(".")) {
                continue;
            }
            Optional<String> topic = config.getOptionalValue(name, String.class);
            Optional<String> group = config.getOptionalValue(PREFIX + channel + ".group.id", String.class)
                    .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                    .or(() -> config.getOptionalValue("quarkus.application.name", String.class));
            if (topic.isPresent() && group.isPresent()) {
                lags.putIfAbsent(new Subscription(group.get(), topic.get()), new AtomicLong());
            }
        }
        lags.forEach((subscription, value) -> Gauge.builder("plenary.consumer.lag.records", value, AtomicLong::get)
                .description("Records of the topic the consumer group has not read yet")
                .tag("group", subscription.group())
                .tag("topic", subscription.topic())
                .register(metrics));
        this.admin = KafkaAdmins.create(kafka.settings());
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }

    /** The subscriptions measured, by group and topic. */
    public List<String> subscriptions() {
        return lags.keySet().stream().map(s -> s.group() + "/" + s.topic()).toList();
    }

    @Scheduled(
            every = "15s",
            delayed = "2s",
            identity = "consumer-lag-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (lags.isEmpty()) {
            return;
        }
        try {
            List<String> topics =
                    lags.keySet().stream().map(Subscription::topic).distinct().toList();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((topic, description) -> description.partitions().forEach(p -> {
                        TopicPartition partition = new TopicPartition(topic, p.partition());
                        earliest.put(partition, OffsetSpec.earliest());
                        latest.put(partition, OffsetSpec.latest());
                    }));
            var start = admin.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var end = admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (Subscription subscription : lags.keySet()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = committed.get(subscription.group());
                if (offsets == null) {
                    offsets = admin.listConsumerGroupOffsets(subscription.group())
                            .partitionsToOffsetAndMetadata()
                            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    committed.put(subscription.group(), offsets);
                }
                long lag = 0;
                for (var partition : end.entrySet()) {
                    if (!partition.getKey().topic().equals(subscription.topic())) {
                        continue;
                    }
                    OffsetAndMetadata done = offsets.get(partition.getKey());
                    long from = done != null
                            ? done.offset()
                            : start.get(partition.getKey()).offset();
                    lag += Math.max(0, partition.getValue().offset() - from);
                }
                lags.get(subscription).set(lag);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Kafka away: the "Kafka and the outbox" check says so; the gauges keep their last values.
            LOG.debugf("Consumer lag not measured (Kafka away?): %s", e.getMessage());
        }
    }
}
