package org.plenary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.OnVertx;

/**
 * With the relay's poll an hour away, a committed event still reaches Kafka: the commit itself wakes the relay
 * (PostgreSQL's notification on {@code plenary_outbox}).
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.PollingHourly.class)
class OutboxWakeUpTest {

    private static final String TOPIC = "platform.test.outbox";

    public static class PollingHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plenary.outbox.poll-interval", "1h", "plenary.outbox.initial-delay", "1h");
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void aCommitWakesTheRelay() {
        String key = "wake-" + UUID.randomUUID();
        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            OnVertx.await(() -> Panache.withTransaction(
                    () -> outbox.record(TOPIC, "counter", key, key, "platform.test.counted", Map.of("n", 1))));

            KafkaEvents.Event published = events.await(e -> key.equals(e.key()));
            assertThat(published.data().path("n").asInt()).isEqualTo(1);
        }
    }
}
