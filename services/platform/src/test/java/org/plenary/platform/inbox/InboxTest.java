package org.plenary.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.OnVertx;

/** Consumers apply each event once, send what they cannot apply to the dead-letter topic, and carry on. */
@QuarkusTest
class InboxTest {

    private static final String TOPIC = "platform.test.ledger";
    private static final String DEAD_LETTERS = "platform.test.dead-letter";

    static String credit(UUID id, String account, int amount) {
        return """
                {"id":"%s","type":"platform.test.credited","source":"/plenary/platform-test","subject":"%s",
                 "aggregateType":"account","aggregateId":"%s","occurredAt":"2026-01-10T09:00:00Z","schemaVersion":1,
                 "correlationId":"%s","data":{"amount":%d}}""".formatted(id, account, account, id, amount);
    }

    private static long entries(UUID eventId) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from ledger_entry where event_id = :id", Long.class)
                        .setParameter("id", eventId)
                        .getSingleResult())));
    }

    private static void awaitApplied(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entries(eventId) > 0);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String account = "acct-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        KafkaEvents.send(TOPIC, account, credit(first, account, 10));
        KafkaEvents.send(TOPIC, account, credit(first, account, 10));
        UUID next = UUID.randomUUID();
        KafkaEvents.send(TOPIC, account, credit(next, account, 5));

        // One key, one partition, in order: once the next event is applied, both deliveries of the first were handled.
        awaitApplied(next);
        assertThat(entries(first)).isEqualTo(1);
    }

    @Test
    void aPassingFailureIsRetriedAndTheEventAppliedOnce() {
        String account = "acct-" + UUID.randomUUID();
        UUID unlucky = UUID.randomUUID();
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            KafkaEvents.send(TOPIC, account, credit(unlucky, account, 13));
            awaitApplied(unlucky);
            assertThat(LedgerConsumer.FAILED_ONCE).contains(unlucky);
            assertThat(entries(unlucky)).isEqualTo(1);
            assertThat(deadLetters.seen()).noneMatch(e -> e.rawValue().contains(unlucky.toString()));
        }
    }

    @Test
    void aMessageThatIsNotAnEventGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String account = "acct-" + UUID.randomUUID();
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            KafkaEvents.send(TOPIC, account, "this is not json " + account);
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(account));
            assertThat(dead.headers().get("dead-letter-reason")).contains("not JSON");
            assertThat(dead.headers()).containsEntry("dead-letter-topic", TOPIC);
        }
        UUID after = UUID.randomUUID();
        KafkaEvents.send(TOPIC, account, credit(after, account, 1));
        awaitApplied(after);
    }

    @Test
    void anEventThatCannotBeAppliedIsRolledBackAndDeadLetteredWithItsReason() {
        String account = "acct-" + UUID.randomUUID();
        UUID negative = UUID.randomUUID();
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            KafkaEvents.send(TOPIC, account, credit(negative, account, -3));
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(negative.toString()));
            assertThat(dead.headers().get("dead-letter-reason")).contains("a credit cannot be negative");
        }
        UUID after = UUID.randomUUID();
        KafkaEvents.send(TOPIC, account, credit(after, account, 2));
        awaitApplied(after);
        assertThat(entries(negative)).isZero();
        long recorded = OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from processed_event where event_id = :id", Long.class)
                        .setParameter("id", negative)
                        .getSingleResult())));
        assertThat(recorded).as("a failed event is not marked processed").isZero();
    }

    @Test
    void anEventThatBreaksItsSchemaIsDeadLettered() {
        String account = "acct-" + UUID.randomUUID();
        String invalid = """
                {"id":"%s","type":"accreditation.application.accredited","source":"/plenary/accreditation-service",
                 "subject":"x","aggregateType":"organisation","aggregateId":"%s","occurredAt":"2026-01-10T09:00:00Z",
                 "schemaVersion":1,"data":{"status":"ACCREDITED"}}""".formatted(UUID.randomUUID(), account);
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            KafkaEvents.send(TOPIC, account, invalid);
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(account));
            assertThat(dead.headers().get("dead-letter-reason")).contains("does not match its schema");
        }
    }
}
