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
 * records is rebuilt whole; and the health check says where each stands.
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
        assertThat(replay.states().get("ledger-" + account)).startsWith(TopicReplay.COMPLETE);
    }

    @Test
    void aCopyLostWithoutItsInboxRecordsIsRebuiltWhole() {
        String account = "lost-" + UUID.randomUUID();
        String topic = "platform.test.replay." + account;
        // The live consumer applied three events, and recorded them under its name.
        for (int amount = 1; amount <= 3; amount++) {
            String credit = InboxTest.credit(UUID.randomUUID(), account, amount);
            KafkaEvents.send(topic, account, credit);
            OnVertx.await(() -> inbox.apply("copy-" + account, credit, TopicReplayTest::copy));
        }
        assertThat(entries(account)).isEqualTo(3);

        // The copy is lost, its inbox records stay.
        OnVertx.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("delete from ledger_entry where account = :a")
                        .setParameter("a", account)
                        .executeUpdate())));
        replay.rebuildEmptyInBackground(List.of(projection(account, topic)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> entries(account) == 3);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> replay.states().get("ledger-" + account).startsWith(TopicReplay.COMPLETE));
        // The rebuild kept to its own records: the live consumer still knows what it applied.
        long live = OnVertx.<Long>await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from processed_event where consumer = :c", Long.class)
                        .setParameter("c", "copy-" + account)
                        .getSingleResult())));
        assertThat(live).isEqualTo(3);
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
                    .until(() -> behindProxy.states().get("ledger-" + account).contains("rebuilt from 2"));
        }
    }

    @Test
    void aRebuildStopsAtOnceWhenTheServiceShutsDown() throws Exception {
        String account = "shutdown-" + UUID.randomUUID();
        int[] credits = new int[200];
        java.util.Arrays.fill(credits, 1);
        String topic = topicWithCredits(account, credits);
        TopicReplay stopped = new TopicReplay(
                inbox,
                new org.plenary.platform.KafkaConnection(java.util.Map.of("bootstrap.servers", "localhost:9092")));
        // A slow copy: the whole topic would take twenty seconds.
        TopicReplay.Projection slow = new TopicReplay.Projection(
                "ledger-" + account,
                () -> rows(account),
                topic,
                "copy-" + account,
                event -> copy(event).onItem().delayIt().by(Duration.ofMillis(100)));
        java.util.concurrent.CompletableFuture<Void> done = stopped.rebuildEmptyInBackground(List.of(slow));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> entries(account) >= 5);

        stopped.stop();

        // Well within the 30 s a container runtime waits after SIGTERM.
        done.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(entries(account)).isLessThan(credits.length);
        assertThat(stopped.states().get("ledger-" + account)).startsWith("stopped by the service's shutdown");
    }

    @Test
    void aRebuildStoppedHalfWayResumesWhereItStoppedAtTheNextStartAndAppliesNothingTwice() throws Exception {
        String account = "resumed-" + UUID.randomUUID();
        int[] credits = new int[200];
        java.util.Arrays.fill(credits, 1);
        String topic = topicWithCredits(account, credits);
        TopicReplay first = new TopicReplay(
                inbox,
                new org.plenary.platform.KafkaConnection(java.util.Map.of("bootstrap.servers", "localhost:9092")));
        TopicReplay.Projection slow = new TopicReplay.Projection(
                "ledger-" + account,
                () -> rows(account),
                topic,
                "copy-" + account,
                event -> copy(event).onItem().delayIt().by(Duration.ofMillis(20)));
        java.util.concurrent.CompletableFuture<Void> stopped = first.rebuildEmptyInBackground(List.of(slow));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> entries(account) >= 20);
        first.stop();
        stopped.get(30, java.util.concurrent.TimeUnit.SECONDS);
        long before = entries(account);
        assertThat(before).isLessThan(credits.length);

        // The next start: the copy is not empty, yet its rebuild was not complete.
        TopicReplay next = new TopicReplay(
                inbox,
                new org.plenary.platform.KafkaConnection(java.util.Map.of("bootstrap.servers", "localhost:9092")));
        next.rebuildEmptyInBackground(List.of(projection(account, topic)))
                .get(120, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(entries(account)).as("every event applied once").isEqualTo(credits.length);
        long distinct = OnVertx.<Long>await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(distinct event_id) from ledger_entry where account = :a", Long.class)
                        .setParameter("a", account)
                        .getSingleResult())));
        assertThat(distinct).as("distinct events applied").isEqualTo((long) credits.length);
        String state = next.states().get("ledger-" + account);
        assertThat(state).startsWith(TopicReplay.COMPLETE);
        int reread = Integer.parseInt(state.replaceAll(".*rebuilt from (\\d+) records.*", "$1"));
        assertThat(reread).as("records read again after the restart").isLessThan(credits.length);
    }

    @Test
    void aRebuildAndTheLiveConsumerApplyingOneAggregateAtOnceTakeTurns() throws Exception {
        String account = "turns-" + UUID.randomUUID();
        String credit = InboxTest.credit(UUID.randomUUID(), account, 1);
        // A projection that reads, then writes what it read lacks (as an upsert guarded by a version does): the
        // one that comes second must see the first one's row.
        java.util.function.Function<EventEnvelope, Uni<Void>> once = event -> rows(account)
                .onItem()
                .delayIt()
                .by(Duration.ofMillis(500))
                .chain(found -> found > 0 ? Uni.createFrom().voidItem() : copy(event));
        java.util.concurrent.CompletableFuture<Void> live = java.util.concurrent.CompletableFuture.runAsync(
                () -> OnVertx.await(() -> inbox.apply("copy-" + account, credit, once)));
        java.util.concurrent.CompletableFuture<Void> rebuilding = java.util.concurrent.CompletableFuture.runAsync(() ->
                OnVertx.await(() -> inbox.apply("copy-" + account + "@rebuild", "copy-" + account, credit, once)));
        live.get(30, java.util.concurrent.TimeUnit.SECONDS);
        rebuilding.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void anOperatorRebuildsAProjectionOnDemandOnTheManagementPort() {
        String account = "operator-" + UUID.randomUUID();
        String topic = topicWithCredits(account, 1, 2);
        replay.rebuild(projection(account, topic));
        assertThat(entries(account)).isEqualTo(2);

        Management.given()
                .post("/q/projections/ledger-" + account + "/rebuild")
                .then()
                .statusCode(202)
                .body("projection", org.hamcrest.Matchers.equalTo("ledger-" + account));
        // Applied again, under the rebuild's own name: the ledger shows each application.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> entries(account) == 4);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> replay.states().get("ledger-" + account).startsWith(TopicReplay.COMPLETE));
        Management.given()
                .get("/q/projections")
                .then()
                .statusCode(200)
                .body("projections.'ledger-" + account + "'", org.hamcrest.Matchers.startsWith(TopicReplay.COMPLETE));
        Management.given()
                .post("/q/projections/no-such-copy/rebuild")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("rule", org.hamcrest.Matchers.equalTo("unknown-projection"));
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
                        org.hamcrest.Matchers.containsString("rebuilt from 1"))
                .body("checks.find { it.name == 'Projections' }.data.incomplete", org.hamcrest.Matchers.notNullValue());
    }
}
