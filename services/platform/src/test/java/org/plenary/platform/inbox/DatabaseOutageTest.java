package org.plenary.platform.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.DatabaseOutage;
import org.plenary.testing.KafkaEvents;

/**
 * The database away for a few seconds (a restart, a fail-over): a consumer waits the outage out on the event it
 * holds and applies it once the database is back, dead-lettering nothing; a request meanwhile gets 503 with
 * {@code Retry-After}, never a 500; and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseBehindAProxy.class)
class DatabaseOutageTest {

    private static final String TOPIC = "platform.test.ledger";
    private static final String DEAD_LETTERS = "platform.test.dead-letter";

    public static class DatabaseBehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseOutage.class, Map.of("database", "platform_test")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Short waits, so that the test sees several attempts during the outage.
            return Map.of("plenary.inbox.retry-back-off", "PT0.1S", "plenary.inbox.max-back-off", "PT1S");
        }
    }

    @AfterEach
    void databaseBack() {
        DatabaseOutage.restore();
    }

    @Test
    void anEventArrivingDuringAnOutageIsAppliedOnceTheDatabaseIsBackAndNotDeadLettered() throws Exception {
        String account = "acct-" + UUID.randomUUID();
        UUID during = UUID.randomUUID();
        try (KafkaEvents deadLetters = KafkaEvents.follow(DEAD_LETTERS)) {
            DatabaseOutage.cut();
            KafkaEvents.send(TOPIC, account, InboxTest.credit(during, account, 7));

            // Longer than the three attempts over about 1.4 s that used to dead-letter the event.
            Awaitility.await()
                    .during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> entriesDirect(during) == 0);

            DatabaseOutage.restore();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entriesDirect(during) == 1);
            UUID after = UUID.randomUUID();
            KafkaEvents.send(TOPIC, account, InboxTest.credit(after, account, 1));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entriesDirect(after) == 1);

            assertThat(entriesDirect(during)).as("applied once").isEqualTo(1);
            assertThat(deadLetters.seen()).noneMatch(e -> e.rawValue().contains(during.toString()));
        }
    }

    @Test
    void aRequestDuringAnOutageGets503WithRetryAfterAndTheServiceRecoversByItself() {
        String account = "acct-" + UUID.randomUUID();
        given().get("/ledger/{account}", account).then().statusCode(200).body("balance", is(0));

        DatabaseOutage.cut();
        given().get("/ledger/{account}", account)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("rule", equalTo("database-unavailable"))
                .body("status", is(503))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));

        DatabaseOutage.restore();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().get("/ledger/{account}", account).then().statusCode(200));
    }

    /** Counted over a connection of the test's own, straight to PostgreSQL, not through the cut proxy. */
    private static long entriesDirect(UUID eventId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:5432/platform_test", "platform", "platform");
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from ledger_entry where event_id = ?")) {
            count.setObject(1, eventId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
