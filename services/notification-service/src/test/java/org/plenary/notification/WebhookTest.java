package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.notification.webhook.WebhookSignature;
import org.plenary.testing.Tokens;

/**
 * Webhooks, delivered to a receiver of the test's own: CloudEvents over HTTP, signed with the subscription's secret,
 * retried after a 500 with the last answer visible, and never another organisation's events.
 */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Received(String path, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(1);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
            boolean fail = exchange.getRequestURI().getPath().equals("/a") && failuresLeft.getAndDecrement() > 0;
            byte[] answer = (fail ? "receiver down for a moment" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://localhost:" + receiver.getAddress().getPort() + path;
    }

    private List<Received> receivedAt(String path, String eventId) {
        return received.stream()
                .filter(r -> r.path().equals(path)
                        && eventId.equals(r.json().path("id").asText()))
                .toList();
    }

    @Test
    void anOrganisationsWebhookGetsItsOwnEventsSignedRetriedAfterA500AndNeverAnothers() {
        String a = Fixtures.newOrganisationId();
        String b = Fixtures.newOrganisationId();
        JsonNode subscription = as(Tokens.organisation(a))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url", url("/a"),
                        "eventTypes",
                                List.of("accreditation.application.accredited", "accreditation.application.suspended")))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .body("organisationId", equalTo(a))
                .extract()
                .as(JsonNode.class);
        String secret = subscription.path("secret").asText();
        assertThat(secret).hasSize(64);
        String secretariatSubscription = as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("url", url("/all"), "eventTypes", List.of("accreditation.application.accredited")))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ObjectNode accreditedA =
                Fixtures.application("accredited", a, "Org A", Mailbox.newAddress(), null, "ACCREDITED");
        ObjectNode accreditedB =
                Fixtures.application("accredited", b, "Org B", Mailbox.newAddress(), null, "ACCREDITED");
        ObjectNode submittedA = Fixtures.application("submitted", a, "Org A", Mailbox.newAddress(), null, "SUBMITTED");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accreditedA);
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accreditedB);
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, submittedA);
        String idA = accreditedA.path("id").asText();
        String idB = accreditedB.path("id").asText();

        // The first attempt is answered 500; the retry is delivered.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> receivedAt("/a", idA).size() >= 2);
        Received delivery = receivedAt("/a", idA).get(1);
        assertThat(delivery.header("Content-Type")).startsWith("application/cloudevents+json");
        JsonNode cloudEvent = delivery.json();
        assertThat(cloudEvent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(cloudEvent.path("type").asText()).isEqualTo("accreditation.application.accredited");
        assertThat(cloudEvent.path("source").asText()).isEqualTo("/plenary/accreditation-service");
        assertThat(cloudEvent.path("data").path("organisationId").asText()).isEqualTo(a);
        long timestamp = Long.parseLong(delivery.header(WebhookSignature.TIMESTAMP));
        assertThat(delivery.header(WebhookSignature.HEADER))
                .isEqualTo(WebhookSignature.sign(secret, timestamp, delivery.body()))
                .isNotEqualTo(WebhookSignature.sign("another secret", timestamp, delivery.body()));

        // The secretariat's webhook gets both organisations' accreditations; once B's is there, A's had its chance.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !receivedAt("/all", idB).isEmpty());
        assertThat(receivedAt("/all", idA)).isNotEmpty();
        assertThat(receivedAt("/a", idB)).isEmpty();
        assertThat(Db.count("select count(*) from webhook_delivery where event_id = '" + idB
                        + "' and subscription_id = '" + subscription.path("id").asText() + "'"))
                .isZero();
        // A type the subscription did not ask for is not delivered.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from processed_event where consumer = 'accreditations'"
                                + " and event_id = '" + submittedA.path("id").asText() + "'")
                        == 1);
        assertThat(receivedAt("/a", submittedA.path("id").asText())).isEmpty();

        // The delivery's attempts and last answer are visible to the organisation, and to no other.
        String deliveries = "/webhooks/" + subscription.path("id").asText() + "/deliveries";
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.organisation(a))
                        .get(deliveries)
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].eventId", equalTo(idA))
                        .body("items[0].attempts", equalTo(2))
                        .body("items[0].lastStatus", equalTo(200))
                        .body("items[0].lastAnswer", equalTo("ok")));
        as(Tokens.organisation(b)).get(deliveries).then().statusCode(404);
        as(Tokens.secretariat())
                .get("/webhooks/" + secretariatSubscription + "/deliveries")
                .then()
                .statusCode(200);
        as(Tokens.organisation(b)).get("/webhooks").then().statusCode(200).body("items", hasSize(0));
        as(Tokens.organisation(a)).get("/webhooks").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anOrganisationRegistersOnlyForItselfAndOnlyHttpsEndpointsOfKnownEventTypes() {
        String a = Fixtures.newOrganisationId();
        as(Tokens.organisation(a))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url", url("/a"),
                        "eventTypes", List.of("accreditation.application.accredited"),
                        "organisationId", Fixtures.newOrganisationId()))
                .post("/webhooks")
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        as(Tokens.organisation(a))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://integrator.example.org/hook", "eventTypes", List.of("*")))
                .post("/webhooks")
                .then()
                .statusCode(400);
        as(Tokens.organisation(a))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://integrator.example.org/hook", "eventTypes", List.of("made.up.type")))
                .post("/webhooks")
                .then()
                .statusCode(400);
        // Nothing inside the service's own networks: private, link-local (the cloud's metadata), unique local.
        for (String inside : List.of(
                "https://10.0.0.7/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fd00::1]/hook",
                "https://192.168.1.20:8443/hook",
                "https://100.64.0.1/hook")) {
            as(Tokens.organisation(a))
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", inside, "eventTypes", List.of("*")))
                    .post("/webhooks")
                    .then()
                    .statusCode(400)
                    .body("rule", equalTo("invalid-request"))
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", org.hamcrest.Matchers.containsString("public Internet"));
        }
        as(Tokens.state("AT"))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://integrator.example.org/hook", "eventTypes", List.of("*")))
                .post("/webhooks")
                .then()
                .statusCode(403);
        io.restassured.RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://integrator.example.org/hook", "eventTypes", List.of("*")))
                .post("/webhooks")
                .then()
                .statusCode(401);
        UUID unknown = UUID.randomUUID();
        as(Tokens.organisation(a))
                .get("/webhooks/" + unknown + "/deliveries")
                .then()
                .statusCode(404);
    }

    @Test
    void aReplacedSecretSignsBesideTheNewOneForTheGracePeriodAndOnlyTheOwnerMayReplaceIt() {
        String a = Fixtures.newOrganisationId();
        JsonNode subscription = as(Tokens.organisation(a))
                .contentType(ContentType.JSON)
                .body(Map.of("url", url("/rotated"), "eventTypes", List.of("accreditation.application.accredited")))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .as(JsonNode.class);
        String id = subscription.path("id").asText();
        String first = subscription.path("secret").asText();

        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .post("/webhooks/" + id + "/secret")
                .then()
                .statusCode(404);
        JsonNode rotated = as(Tokens.organisation(a))
                .post("/webhooks/" + id + "/secret")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .extract()
                .as(JsonNode.class);
        String second = rotated.path("secret").asText();
        assertThat(second).hasSize(64).isNotEqualTo(first);
        assertThat(rotated.path("previousSecretValidUntil").asText()).isNotEmpty();

        ObjectNode accredited =
                Fixtures.application("accredited", a, "Org A", Mailbox.newAddress(), null, "ACCREDITED");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accredited);
        Received delivery = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> receivedAt("/rotated", accredited.path("id").asText()), list -> !list.isEmpty())
                .get(0);
        long timestamp = Long.parseLong(delivery.header(WebhookSignature.TIMESTAMP));
        assertThat(delivery.header(WebhookSignature.HEADER))
                .isEqualTo(WebhookSignature.sign(second, timestamp, delivery.body()) + ", "
                        + WebhookSignature.sign(first, timestamp, delivery.body()));

        // Past the grace period (8 seconds in tests) only the new secret signs.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> java.time.Instant.now()
                        .isAfter(java.time.Instant.parse(
                                rotated.path("previousSecretValidUntil").asText())));
        ObjectNode suspended = Fixtures.application("accredited", a, "Org A", Mailbox.newAddress(), null, "ACCREDITED");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, suspended);
        Received later = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> receivedAt("/rotated", suspended.path("id").asText()), list -> !list.isEmpty())
                .get(0);
        assertThat(later.header(WebhookSignature.HEADER))
                .isEqualTo(WebhookSignature.sign(
                        second, Long.parseLong(later.header(WebhookSignature.TIMESTAMP)), later.body()));
    }
}
