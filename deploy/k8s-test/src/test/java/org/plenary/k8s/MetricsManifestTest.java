package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alerts read only metrics the services expose (the platform's DeadlineDayMetrics, which its
 * DeadlineDayMetricsTest finds in a scrape of /q/metrics on the management port). Each case changes one thing in the
 * rendered small overlay, which passes, and expects the checker to name it.
 */
class MetricsManifestTest {

    @Test
    void promql_names_are_told_from_functions_labels_and_durations() {
        assertThat(MetricRules.metricNames("sum by (job, status) (rate(http_server_requests_seconds_count"
                        + "{status=~\"5..\", uri=\"/sessions/{sessionId}/registrations\"}[$__rate_interval])) / on(job)"
                        + " group_left max(plenary_outbox_pending_events offset 5m) > 0.01 and bool 1e3"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_count", "plenary_outbox_pending_events");
    }

    @Test
    void every_overlay_alerts_on_the_outbox_the_lag_the_dead_letters_and_5xx_and_has_the_dashboard() {
        Map<String, String> exposed = MetricRules.exposed(Overlays.ROOT);
        assertThat(exposed)
                .containsEntry("PROBLEMS", "plenary_problems_total")
                .containsEntry("CONSUMER_LAG", "plenary_consumer_lag_records")
                .containsEntry("DEAD_LETTERS", "plenary_dead_letters_waiting");
        for (String overlay : Overlays.names()) {
            Manifests manifests = Overlays.manifests(overlay);
            Set<String> alerts = new TreeSet<>();
            for (Object group : Doctored.list(
                    Doctored.object(manifests, "PrometheusRule", "plenary").raw(), "spec", "groups")) {
                Doctored.list(group, "rules").forEach(rule -> alerts.add(Yaml.string(rule, "alert")));
            }

            assertThat(alerts)
                    .as(overlay)
                    .contains(
                            "PlenaryOutboxGrowing",
                            "PlenaryConsumerLagging",
                            "PlenaryDeadLetter",
                            "PlenaryServerErrors");
            assertThat(manifests.ofKind("ConfigMap"))
                    .as(overlay)
                    .anySatisfy(c -> assertThat(c.labels()).containsEntry("grafana_dashboard", "1"));
        }
    }

    @Test
    void an_alert_on_a_metric_no_service_exposes_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Object rule = Doctored.list(
                            Doctored.list(
                                            Doctored.object(m, "PrometheusRule", "plenary")
                                                    .raw(),
                                            "spec",
                                            "groups")
                                    .get(1),
                            "rules")
                    .get(0);
            Doctored.map(rule).put("expr", "max by (group, topic) (kafka_consumergroup_lag) > 0");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("PrometheusRule/plenary: PlenaryConsumerLagging reads kafka_consumergroup_lag, which"
                                + " no service exposes"))
                .contains("No alert reads plenary_consumer_lag_records (CONSUMER_LAG)");
    }

    @Test
    void a_dashboard_query_on_a_misspelt_metric_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            K8sObject dashboard = m.ofKind("ConfigMap").stream()
                    .filter(c -> c.labels().containsKey("grafana_dashboard"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> data = Doctored.map(dashboard.raw(), "data");
            String file = data.keySet().iterator().next();
            data.put(file, data.get(file).toString().replace("plenary_dead_letters_waiting", "plenary_dead_letters"));
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("plenary-deadline-day.json queries plenary_dead_letters, which no service exposes"));
    }

    @Test
    void a_dashboard_query_on_an_endpoint_the_service_does_not_have_fails_the_check() {
        assertThat(new MetricRules(new Rendering(Overlays.REPO, Overlays.manifests("small")))
                        .restPaths("registration-service"))
                .contains("/sessions/{sessionId}/registrations", "/registrations/{id}/cancellation");

        List<String> violations = Doctored.small(m -> {
            K8sObject dashboard = m.ofKind("ConfigMap").stream()
                    .filter(c -> c.labels().containsKey("grafana_dashboard"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> data = Doctored.map(dashboard.raw(), "data");
            String file = data.keySet().iterator().next();
            data.put(
                    file,
                    data.get(file)
                            .toString()
                            .replace("/sessions/{sessionId}/registrations", "/sessions/{id}/registrations"));
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains(
                                "plenary-deadline-day.json: queries uri /sessions/{id}/registrations, which no REST resource of"
                                        + " registration-service declares"));
    }
}
