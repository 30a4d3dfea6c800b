package org.plenary.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.outbox.OutboxEvent;
import org.plenary.testing.KafkaEvents;

/** The outbox row commits, and rolls back, with the change it reports; only committed events reach Kafka. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "accreditation.application.events";

    @Inject
    Outbox outbox;

    private Uni<?> record(String key, String subject) {
        return outbox.record(TOPIC, "organisation", key, subject, "accreditation.test.outbox", Map.of("probe", subject));
    }

    @Test
    void aCommittedEventReachesKafkaAndARolledBackOneNeverDoes() throws Throwable {
        String key = "org-" + UUID.randomUUID();
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> record(key, rolledBack).chain(() -> Uni.createFrom().failure(new IllegalStateException("change failed"))))))
                    .hasMessageContaining("change failed");
            assertThat(VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> OutboxEvent.count("subject", rolledBack)))).isZero();

            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> record(key, committed)));

            // Same key, same partition, published in commit order: had the rolled-back event been published, it
            // would have arrived before this one.
            KafkaEvents.Event published = events.await(e -> committed.equals(e.body().path("subject").asText()));
            assertThat(published.key()).isEqualTo(key);
            assertThat(events.seen()).noneMatch(e -> rolledBack.equals(e.body().path("subject").asText()));
            assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> OutboxEvent.<OutboxEvent>find("subject", committed).firstResult()))
                    .publishedAt).isNotNull();
        }
    }
}
