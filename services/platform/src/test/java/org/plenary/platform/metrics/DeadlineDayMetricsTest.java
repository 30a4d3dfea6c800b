package org.plenary.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Management;

/**
 * The metrics that matter on deadline day are served where Prometheus scrapes them, {@code /q/metrics} on the
 * management port, under the names the dashboard and the alerts in k8s/ use ({@link DeadlineDayMetrics#NAMES}).
 */
@QuarkusTest
class DeadlineDayMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s");

    @Test
    void every_deadline_day_metric_is_scraped_from_the_management_port() {
        // A problem answer (and a request, for the HTTP server's counter).
        given().contentType(ContentType.JSON)
                .body("{\"kind\": ")
                .post("/echo/typed")
                .then()
                .statusCode(400);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(names(scrape())).containsAll(DeadlineDayMetrics.NAMES));
    }

    @Test
    void problems_are_counted_by_rule_and_status_and_lag_by_group_and_topic() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\": ")
                .post("/echo/typed")
                .then()
                .statusCode(400);

        String scrape = scrape();
        assertThat(series(scrape, DeadlineDayMetrics.PROBLEMS))
                .anySatisfy(labels ->
                        assertThat(labels).contains("rule=\"unreadable-body\"").contains("status=\"400\""));
        assertThat(series(scrape, DeadlineDayMetrics.CONSUMER_LAG))
                .anySatisfy(labels -> assertThat(labels)
                        .contains("group=\"platform-test\"")
                        .contains("topic=\"platform.test.ledger\""));
        assertThat(series(scrape, DeadlineDayMetrics.DEAD_LETTERS))
                .anySatisfy(labels -> assertThat(labels).contains("topic=\"platform.test.dead-letter\""));
        assertThat(series(scrape, DeadlineDayMetrics.HTTP_REQUESTS))
                .anySatisfy(labels -> assertThat(labels)
                        .contains("uri=\"/echo/typed\"")
                        .contains("method=\"POST\"")
                        .contains("status=\"400\""));
        assertThat(ProjectionMetrics.rebuilding(Map.of("a", "rebuilding: 5 records read", "b", "complete (3 rows)")))
                .isEqualTo(1);
        assertThat(ProjectionMetrics.rebuilding(Map.of("a", "rebuilt from 5 records", "b", "waiting to start")))
                .isEqualTo(1);
    }

    private static String scrape() {
        return Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static Set<String> names(String scrape) {
        Set<String> names = new TreeSet<>();
        Matcher m = SAMPLE.matcher(scrape);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> series(String scrape, String name) {
        Set<String> labels = new TreeSet<>();
        Matcher m = SAMPLE.matcher(scrape);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                labels.add(String.valueOf(m.group(2)));
            }
        }
        return labels;
    }
}
