package org.plenary.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plenary.platform.deadletter.DeadLetterRedrive;
import org.plenary.platform.deadletter.DeadLetters;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Management;
import org.plenary.testing.OnVertx;

/**
 * A dead letter is visible (a line in /q/health/well, a count that the re-drive brings down) and, once its cause is
 * fixed, re-driven by the operator's command and applied exactly once, however often the command runs.
 */
@QuarkusTest
class DeadLetterRedriveTest {

    private static final String TOPIC = "platform.test.ledger";
    private static final String DEAD_LETTERS = "platform.test.dead-letter";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static long entries(UUID eventId) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from ledger_entry where event_id = :id", Long.class)
                        .setParameter("id", eventId)
                        .getSingleResult())));
    }

    @Test
    void aDeadLetterIsCountedThenReDrivenOnceItsCauseIsFixedAndAppliedExactlyOnce() throws Exception {
        String account = "frozen-" + UUID.randomUUID();
        UUID credit = UUID.randomUUID();
        LedgerConsumer.FROZEN.add(account);
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            KafkaEvents.send(TOPIC, account, InboxTest.credit(credit, account, 4));
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(credit.toString()));
            assertThat(dead.headers().get("dead-letter-reason")).contains("is frozen");
        }
        try (Admin admin = DeadLetters.admin(java.util.Map.of("bootstrap.servers", bootstrap))) {
            assertThat(DeadLetters.waiting(admin, List.of(DEAD_LETTERS)).get(DEAD_LETTERS))
                    .isPositive();
        }
        JsonPath well =
                Management.given().get("/q/health/well").then().extract().jsonPath();
        assertThat(well.getLong("checks.find { it.name == 'Dead letters' }.data.'" + DEAD_LETTERS + "'"))
                .as("dead letters waiting, in /q/health/well")
                .isPositive();
        assertThat(entries(credit)).isZero();

        LedgerConsumer.FROZEN.remove(account);
        DeadLetterRedrive redrive = new DeadLetterRedrive(java.util.Map.of("bootstrap.servers", bootstrap));
        assertThat(redrive.redrive(DEAD_LETTERS)).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entries(credit) == 1);

        // Again: what it sent back is not sent again; and the consumer would skip it anyway.
        redrive.redrive(DEAD_LETTERS);
        UUID after = UUID.randomUUID();
        KafkaEvents.send(TOPIC, account, InboxTest.credit(after, account, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entries(after) == 1);
        assertThat(entries(credit)).as("applied exactly once").isEqualTo(1);
    }
}
