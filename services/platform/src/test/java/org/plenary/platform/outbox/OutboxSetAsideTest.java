package org.plenary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.OnVertx;

/**
 * A row that can never be published does not stall the outbox: it is set aside with its reason, its key's later
 * rows wait behind it (order kept), every other key keeps flowing, and an operator re-drives it once fixed. A
 * change that would make an event too large for Kafka is refused at the door.
 */
@QuarkusTest
class OutboxSetAsideTest {

    private static final String TOPIC = "platform.test.outbox";

    @Inject
    Outbox outbox;

    private UUID record(String topic, String key, Object data) {
        return OnVertx.await(() -> Panache.withTransaction(
                        () -> outbox.record(topic, "account", key, key, "platform.test.credited", data)))
                .id();
    }

    /**
     * Records an event and, in the same transaction, pads it past Kafka's limit: a row stored before the size check
     * existed, say.
     */
    private UUID recordOversized(String key) {
        return OnVertx.await(() -> Panache.withTransaction(() -> outbox.record(
                                TOPIC, "account", key, key, "platform.test.credited", Map.of("n", 1))
                        .call(Panache::flush)
                        .call(envelope -> Panache.getSession()
                                .chain(s -> s.createNativeQuery("update outbox_event"
                                                + " set payload = payload || repeat(' ', 2000000) where event_id = :id")
                                        .setParameter("id", envelope.id())
                                        .executeUpdate()))))
                .id();
    }

    private OutboxEvent row(UUID eventId) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createQuery("from OutboxEvent where eventId = :id", OutboxEvent.class)
                        .setParameter("id", eventId)
                        .getSingleResult())));
    }

    @Test
    void unpublishableRowsAreSetAsideTheirKeyWaitsAndOtherKeysFlow() {
        String stalledKey = "stalled-" + UUID.randomUUID();
        String badTopicKey = "bad-topic-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            UUID oversized = recordOversized(stalledKey);
            UUID behind = record(TOPIC, stalledKey, Map.of("n", 2));
            UUID invalidTopic = record("not a valid topic name!", badTopicKey, Map.of("n", 1));
            UUID other = record(TOPIC, otherKey, Map.of("n", 1));

            events.await(e -> e.rawValue().contains(other.toString()));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> row(oversized).setAsideAt != null && row(invalidTopic).setAsideAt != null);

            assertThat(row(oversized).lastError).contains("size limit");
            assertThat(row(invalidTopic).lastError).contains("topic name");
            // Several passes later, the row behind the set-aside one still waits.
            UUID later = record(TOPIC, otherKey, Map.of("n", 2));
            events.await(e -> e.rawValue().contains(later.toString()));
            assertThat(row(behind).publishedAt)
                    .as("waits behind its key's set-aside row")
                    .isNull();
            assertThat(events.seen()).noneMatch(e -> e.rawValue().contains(behind.toString()));

            // The operator fixes the row and re-drives it: it goes out, then the one behind it, in order.
            OnVertx.await(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("update outbox_event set payload = rtrim(payload),"
                                    + " set_aside_at = null, attempts = 0 where event_id = :id")
                            .setParameter("id", oversized)
                            .executeUpdate())));
            events.await(e -> e.rawValue().contains(behind.toString()));
            assertThat(events.seen().stream()
                            .filter(e -> e.rawValue().contains(stalledKey))
                            .map(e -> e.rawValue().contains(oversized.toString()) ? "first" : "second"))
                    .containsExactly("first", "second");
        }
    }

    @Test
    void aChangeThatWouldMakeAnEventTooLargeForKafkaIsRefusedNamingTheLimit() {
        String key = "huge-" + UUID.randomUUID();
        String text = "x".repeat(1_200_000);
        assertThatThrownBy(() -> record(TOPIC, key, Map.of("text", text)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("event-too-large");
                    assertThat(violation.status()).isEqualTo(413);
                    assertThat(violation.getMessage()).contains("1000000 bytes");
                });
    }
}
