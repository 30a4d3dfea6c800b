package org.plenary.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventEnvelope;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Management;
import org.plenary.testing.OnVertx;
import org.plenary.testing.TcpProxy;

/**
 * A projection rebuilt from its topic: an event that cannot be applied is skipped and the rest still applied; a
 * rebuild started while Kafka is away waits and tries again until it is there; a copy lost without its inbox
 * records is rebuilt whole; a rebuild that had not finished when the service stopped resumes at the next start; and
 * the health check says where each stands.
 */
@QuarkusTest
class TopicReplayTest {

    @Inject
    Inbox inbox;

    @Inject
    TopicReplay replay;

    /** The copy's rows, as a projection counts them (inside the caller's session). */
    private static Uni<Long> rows(String account) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from ledger_entry where account = :a", Long.class)
                        .setParameter("a", account)
                        .getSingleResult());
    }

    private static long entries(String account) {
        return OnVertx.await(() -> Panache.withSession(() -> rows(account)));
    }

    /** Copies credits into the ledger; a negative one can never be applied. */
    private static Uni<Void> copy(EventEnvelope event) {
        int amount = event.data().path("amount").asInt();
        if (amount < 0) {
            return Uni.createFrom().failure(new IllegalArgumentException("a credit cannot be negative"));
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into ledger_entry (event_id, account, amount) values (:id, :account, :amount)")
                        .setParameter("id", event.id())
                        .setParameter("account", event.aggregateId())
                        .setParameter("amount", amount)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static TopicReplay.Projection projection(String account, String topic) {
        return new TopicReplay.Projection(
                "ledger-" + account, () -> rows(account), topic, "copy-" + account, TopicReplayTest::copy);
    }

    private static String topicWithCredits(String account, int... amounts) {
        String topic = "platform.test.replay." + account;
        for (int amount : amounts) {
            KafkaEvents.send(topic, account, InboxTest.credit(UUID.randomUUID(), account, amount));
        }
        return topic;
    }

    @Test
    void anEventThatCannotBeAppliedIsSkippedAndTheRestOfTheTopicStillApplied() {
        String account = "replay-" + UUID.randomUUID();
        String topic = topicWithCredits(account, 1, -1, 2);

        assertThat(replay.rebuild(projection(account, topic))).isEqualTo(3);
        assertThat(entries(account)).isEqualTo(2);
        assertThat(replay.states().get("ledger-" + account)).contains("rebuilt from 3 records (1 that cannot");
    }

    @Test
    void aCopyLostWithoutItsInboxRecordsIsRebuiltWhole() {
        String account = "lost-" + UUID.randomUUID();
        String topic = topicWithCredits(account, 1, 2, 3);
        replay.rebuild(projection(account, topic));
        assertThat(entries(account)).isEqualTo(3);

        // The copy is lost, its inbox records stay.
        OnVertx.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("delete from ledger_entry where account = :a")
                        .setParameter("a", account)
                        .executeUpdate())));
        replay.rebuildEmptyInBackground(List.of(projection(account, topic)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> entries(account) == 3);
    }

    private static long rebuildsUnderWay(String projection) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from projection_rebuild where projection = :p", Long.class)
                        .setParameter("p", projection)
                        .getSingleResult())));
    }

    @Test
    void aRebuildThatHadNotFinishedWhenTheServiceStoppedResumesAtTheNextStart() {
        String account = "resume-" + UUID.randomUUID();
        String topic = "platform.test.replay." + account;
        UUID first = UUID.randomUUID();
        KafkaEvents.send(topic, account, InboxTest.credit(first, account, 1));
        KafkaEvents.send(topic, account, InboxTest.credit(UUID.randomUUID(), account, 2));
        KafkaEvents.send(topic, account, InboxTest.credit(UUID.randomUUID(), account, 3));
        TopicReplay.Projection projection = projection(account, topic);
        // What a rebuild stopped after its first event leaves: that event applied, and its row under way.
        OnVertx.await(
                () -> inbox.apply(projection.consumer(), InboxTest.credit(first, account, 1), TopicReplayTest::copy));
        OnVertx.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "insert into projection_rebuild (projection, started_at) values (:p, now())")
                        .setParameter("p", projection.name())
                        .executeUpdate())));
        assertThat(entries(account)).isEqualTo(1);

        replay.rebuildEmptyInBackground(List.of(projection));

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> replay.states().getOrDefault(projection.name(), "").startsWith("rebuilt from 3"));
        assertThat(entries(account)).isEqualTo(3);
        assertThat(rebuildsUnderWay(projection.name())).isZero();
    }

    @Test
    void aRebuildStartedWhileKafkaIsAwayWaitsAndTriesAgainUntilItIsThere() {
        String account = "waiting-" + UUID.randomUUID();
        String topic = topicWithCredits(account, 5, 6);
        try (TcpProxy kafka = new TcpProxy("localhost", 9092)) {
            TopicReplay behindProxy = new TopicReplay(
                    inbox,
                    new org.plenary.platform.KafkaConnection(
                            java.util.Map.of("bootstrap.servers", "localhost:" + kafka.port())));
            behindProxy.rebuildEmptyInBackground(List.of(projection(account, topic)));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> behindProxy.states().get("ledger-" + account).startsWith("waiting for"));
            assertThat(entries(account)).isZero();

            kafka.open();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> entries(account) == 2);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> behindProxy.states().get("ledger-" + account).startsWith("rebuilt from 2"));
        }
    }

    @Test
    void theHealthCheckSaysWhereEachRebuildStands() {
        String account = "health-" + UUID.randomUUID();
        replay.rebuild(projection(account, topicWithCredits(account, 1)));

        Management.given()
                .get("/q/health/well")
                .then()
                .body("checks.find { it.name == 'Projections' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body(
                        "checks.find { it.name == 'Projections' }.data.'ledger-" + account + "'",
                        org.hamcrest.Matchers.startsWith("rebuilt from 1"));
    }
}
