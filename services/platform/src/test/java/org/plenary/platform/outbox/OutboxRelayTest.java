package org.plenary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.OnVertx;

/**
 * The relay under a burst: many keys, many events each, committed in many transactions. Every event reaches
 * Kafka once, each key's events in commit order. The test prints how long the relay took (a figure to watch,
 * not a target it asserts).
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "platform.test.outbox";
    private static final int KEYS = 40;
    private static final int EVENTS_PER_KEY = 50;
    private static final int EVENTS_PER_TRANSACTION = 100;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private record Counted(String key, int n) {}

    private void createTopicWithPartitions(int partitions) throws InterruptedException, ExecutionException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1)))
                    .all()
                    .get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Test
    void aBurstOfEventsReachesKafkaOnceAndInCommitOrderPerKey() throws Exception {
        createTopicWithPartitions(6);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Counted> commitOrder = new ArrayList<>();
        for (int n = 0; n < EVENTS_PER_KEY; n++) {
            for (int k = 0; k < KEYS; k++) {
                commitOrder.add(new Counted("key-" + run + "-" + k, n));
            }
        }

        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            long recording = System.nanoTime();
            for (int from = 0; from < commitOrder.size(); from += EVENTS_PER_TRANSACTION) {
                List<Counted> batch =
                        commitOrder.subList(from, Math.min(from + EVENTS_PER_TRANSACTION, commitOrder.size()));
                OnVertx.await(() -> Panache.withTransaction(() -> Multi.createFrom()
                        .iterable(batch)
                        .onItem()
                        .transformToUniAndConcatenate(c -> outbox.record(
                                TOPIC, "counter", c.key(), c.key(), "platform.test.counted", Map.of("n", c.n())))
                        .collect()
                        .last()));
            }
            long recorded = System.nanoTime();

            List<KafkaEvents.Event> mine = Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> events.seen().stream()
                                    .filter(e -> e.key().startsWith("key-" + run + "-"))
                                    .toList(),
                            seen -> seen.size() >= commitOrder.size());
            long arrived = System.nanoTime();

            Set<String> ids = new HashSet<>();
            Map<String, List<Integer>> perKey = new HashMap<>();
            for (KafkaEvents.Event e : mine) {
                assertThat(ids.add(e.body().path("id").asText()))
                        .as("event %s published once", e.body().path("id"))
                        .isTrue();
                assertThat(e.headers()).containsEntry("ce_type", "platform.test.counted");
                perKey.computeIfAbsent(e.key(), k -> new ArrayList<>())
                        .add(e.data().path("n").asInt());
            }
            assertThat(perKey).hasSize(KEYS);
            List<Integer> inOrder =
                    java.util.stream.IntStream.range(0, EVENTS_PER_KEY).boxed().toList();
            perKey.forEach((key, ns) -> assertThat(ns).as(key).isEqualTo(inOrder));

            double relaySeconds = (arrived - recorded) / 1e9;
            System.out.printf(
                    "Outbox relay figures: %d events (%d keys x %d), recorded in %.2f s in transactions of %d;"
                            + " all on Kafka %.2f s after the last commit (about %.0f events/s, including the"
                            + " relay's poll interval)%n",
                    commitOrder.size(),
                    KEYS,
                    EVENTS_PER_KEY,
                    (recorded - recording) / 1e9,
                    EVENTS_PER_TRANSACTION,
                    relaySeconds,
                    commitOrder.size() / Math.max(relaySeconds, 0.001));
        }
    }
}
