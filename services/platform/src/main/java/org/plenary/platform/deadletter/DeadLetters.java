package org.plenary.platform.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.plenary.platform.KafkaAdmins;

/**
 * A service's dead-letter topics and how many of their records wait to be re-driven: those past the offset the
 * re-drive ({@link DeadLetterRedrive}) committed for the topic, or all it holds if it never ran. Plain Kafka admin
 * calls, no Quarkus: the health check, the metrics and the operator's command share it.
 */
public final class DeadLetters {

    private static final String TOPIC_PROPERTY = ".dead-letter-queue.topic";
    private static final long TIMEOUT_SECONDS = 5;

    private DeadLetters() {}

    /** The consumer group under which the re-drive of one dead-letter topic records how far it got. */
    public static String redriveGroup(String deadLetterTopic) {
        return "plenary-redrive." + deadLetterTopic;
    }

    /** Every dead-letter topic named by an incoming channel of this service's configuration. */
    public static List<String> topics(Config config) {
        TreeSet<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(TOPIC_PROPERTY)) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return new ArrayList<>(topics);
    }

    public static Admin admin(java.util.Map<String, Object> connection) {
        return KafkaAdmins.create(connection);
    }

    /** For each topic, the records not yet re-driven. Blocks; fails if Kafka does not answer. */
    public static Map<String, Long> waiting(Admin admin, List<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Long> waiting = new LinkedHashMap<>();
        if (topics.isEmpty()) {
            return waiting;
        }
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((topic, description) -> partitions.put(
                        topic,
                        description.partitions().stream()
                                .map(p -> new TopicPartition(topic, p.partition()))
                                .toList()));
        for (String topic : topics) {
            List<TopicPartition> own = partitions.getOrDefault(topic, List.of());
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            own.forEach(p -> {
                earliest.put(p, OffsetSpec.earliest());
                latest.put(p, OffsetSpec.latest());
            });
            var start = admin.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var end = admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> done = admin.listConsumerGroupOffsets(redriveGroup(topic))
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long count = 0;
            for (TopicPartition p : own) {
                long from = Math.max(
                        start.get(p).offset(),
                        done.get(p) == null ? 0 : done.get(p).offset());
                count += Math.max(0, end.get(p).offset() - from);
            }
            waiting.put(topic, count);
        }
        return waiting;
    }

    static Duration timeout() {
        return Duration.ofSeconds(TIMEOUT_SECONDS);
    }
}
