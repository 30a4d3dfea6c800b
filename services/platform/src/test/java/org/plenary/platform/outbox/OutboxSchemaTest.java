package org.plenary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.testing.OnVertx;

/**
 * An event that does not match its type's schema never enters the outbox: the change it reports is refused
 * with it (400, naming what does not fit), so no consumer ever has to dead-letter it.
 */
@QuarkusTest
class OutboxSchemaTest {

    private static final String TOPIC = "platform.test.outbox";

    @Inject
    Outbox outbox;

    @Test
    void anEventThatBreaksItsSchemaIsRefusedAndNothingIsRecorded() {
        String key = "schema-" + UUID.randomUUID();

        assertThatThrownBy(() -> OnVertx.await(() -> Panache.withTransaction(() -> outbox.record(
                        TOPIC, "counter", key, key, "platform.test.counted", Map.of("n", "not a number")))))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.rule()).isEqualTo("invalid-change");
                    assertThat(refusal.getMessage())
                            .contains("platform.test.counted")
                            .contains("n: string found, integer expected")
                            .doesNotContain("$.data");
                    assertThat(refusal.facts().get("problems")).isEqualTo(List.of("n: string found, integer expected"));
                });

        assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.count("messageKey", key))))
                .isZero();
    }

    @Test
    void anEventThatFitsItsSchemaIsRecorded() {
        String key = "schema-" + UUID.randomUUID();

        OnVertx.await(() -> Panache.withTransaction(
                () -> outbox.record(TOPIC, "counter", key, key, "platform.test.counted", Map.of("n", 3))));

        assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.count("messageKey", key))))
                .isEqualTo(1);
    }

    @Test
    void anEventTypeWithoutASchemaCannotBeRecorded() {
        assertThatThrownBy(() -> OnVertx.await(() -> Panache.withTransaction(
                        () -> outbox.record(TOPIC, "counter", "k", "k", "platform.test.unheard-of", Map.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform.test.unheard-of");
    }
}
