package org.plenary.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.outbox.OutboxEvent;
import org.plenary.platform.outbox.OutboxPurge;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Management;
import org.plenary.testing.MovableClock;
import org.plenary.testing.OnVertx;

/** The outbox row commits, and rolls back, with the change it reports; only committed events reach Kafka. */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "accreditation.application.events";

    @Inject
    Outbox outbox;

    @Inject
    OutboxPurge purge;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Uni<?> record(String key, String subject) {
        return outbox.record(
                TOPIC, "organisation", key, subject, "accreditation.test.outbox", Map.of("probe", subject));
    }

    @Test
    void aCommittedEventReachesKafkaAndARolledBackOneNeverDoes() {
        String key = "org-" + UUID.randomUUID();
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            assertThatThrownBy(() -> OnVertx.await(() -> Panache.withTransaction(() -> record(key, rolledBack)
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("change failed"))))))
                    .hasMessageContaining("change failed");
            assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.count("subject", rolledBack))))
                    .isZero();

            OnVertx.await(() -> Panache.withTransaction(() -> record(key, committed)));

            // Same key, same partition, published in commit order: had the rolled-back event been published, it
            // would have arrived before this one.
            KafkaEvents.Event published =
                    events.await(e -> committed.equals(e.body().path("subject").asText()));
            assertThat(published.key()).isEqualTo(key);
            assertThat(events.seen())
                    .noneMatch(e -> rolledBack.equals(e.body().path("subject").asText()));
            assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>find("subject", committed)
                                    .firstResult()))
                            .publishedAt)
                    .isNotNull();
        }
        Management.given().get("/q/metrics").then().body(containsString("plenary_outbox_published_total"));
    }

    @Test
    void publishedRowsArePurgedAfterTheRetentionAndPendingOnesNever() {
        String subject = UUID.randomUUID().toString();
        try (KafkaEvents events = KafkaEvents.follow(TOPIC)) {
            OnVertx.await(() -> Panache.withTransaction(() -> record("org-purge", subject)));
            events.await(e -> subject.equals(e.body().path("subject").asText()));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>find("subject", subject)
                                                .firstResult()))
                                        .publishedAt
                                != null);

        clock.set(Instant.now().plus(Duration.ofDays(6)));
        OnVertx.await(() -> purge.purgePublished());
        assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.count("subject", subject))))
                .isEqualTo(1);

        clock.set(Instant.now().plus(Duration.ofDays(8)));
        OnVertx.await(() -> purge.purgePublished());
        assertThat(OnVertx.await(() -> Panache.withSession(() -> OutboxEvent.count("subject", subject))))
                .isZero();
    }
}
