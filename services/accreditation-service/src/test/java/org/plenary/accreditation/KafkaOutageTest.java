package org.plenary.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.outbox.OutboxEvent;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.KafkaOutage;
import org.plenary.testing.Management;
import org.plenary.testing.OnVertx;
import org.plenary.testing.Tokens;

/** With Kafka out of reach the service keeps answering; its events wait in the outbox and go out when Kafka is back. */
@QuarkusTest
@TestProfile(KafkaOutageTest.WithoutKafka.class)
class KafkaOutageTest {

    public static class WithoutKafka implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaOutage.class));
        }
    }

    private static List<OutboxEvent> outboxRows(String subject) {
        return OnVertx.await(
                () -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>find("subject = ?1 order by seq", subject)
                        .list()));
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsArePublishedWhenItReturns() {
        String body = Fixtures.body("AUTOMATIC", null, null);
        String org = Fixtures.newOrganisationId();
        Fixtures.ecosocList();
        String id = Fixtures.apply(org, body, Fixtures.profile("Derechos Digitales", "SPECIAL"))
                .statusCode(201)
                .body("status", equalTo("ACCREDITED"))
                .extract()
                .path("id");
        as(Tokens.secretariat()).get("/applications/{id}", id).then().statusCode(200);

        // For each key, the relay keeps trying the oldest row and holds the later ones back, in order.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(outboxRows(body)).singleElement().satisfies(row -> {
                            assertThat(row.publishedAt).isNull();
                            assertThat(row.attempts).isPositive();
                            assertThat(row.lastError).isNotBlank();
                        }));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(outboxRows(id))
                        .extracting(row -> row.attempts > 0, row -> row.publishedAt)
                        .containsExactly(tuple(true, null), tuple(false, null)));

        // Kubernetes keeps routing to the service and would let it start; the wellness check says what waits.
        Management.given().get("/q/health/ready").then().statusCode(200);
        Management.given().get("/q/health/started").then().statusCode(200);
        Management.given()
                .get("/q/health/well")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'Kafka and the outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Kafka and the outbox' }.data.brokers", equalTo(0))
                .body("checks.find { it.name == 'Kafka and the outbox' }.data.pendingEvents", equalTo(3));

        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC, KafkaOutage.BROKER)) {
            KafkaOutage.restore();
            events.awaitType(AccreditationEvents.APPLICATION_SUBMITTED, id);
            events.awaitType(AccreditationEvents.APPLICATION_ACCREDITED, id);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> Management.given()
                        .get("/q/health/well")
                        .then()
                        .statusCode(200)
                        .body("checks.find { it.name == 'Kafka and the outbox' }.data.pendingEvents", equalTo(0)));
    }
}
