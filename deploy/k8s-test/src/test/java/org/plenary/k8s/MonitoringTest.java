package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Watched: a ServiceMonitor per service on its management port's metrics path, the Kafka brokers' exporter and
 * CloudNativePG's, and NetworkPolicies that let Prometheus scrape them. Each case changes one thing in the rendered
 * small overlay, which passes, and expects the checker to name it.
 */
class MonitoringTest {

    @Test
    void every_service_is_scraped_on_its_management_port_at_q_metrics() {
        for (String overlay : Overlays.names()) {
            Manifests manifests = Overlays.manifests(overlay);
            for (Repo.ServiceSpec service : Overlays.REPO.services()) {
                K8sObject monitor = Doctored.object(manifests, "ServiceMonitor", service.name());
                Object endpoint =
                        Doctored.list(monitor.raw(), "spec", "endpoints").get(0);

                assertThat(Yaml.string(endpoint, "port")).as(overlay).isEqualTo("management");
                assertThat(Yaml.string(endpoint, "path")).as(overlay).isEqualTo("/q/metrics");
            }
            Object portal = Doctored.list(
                            Doctored.object(manifests, "ServiceMonitor", "portal")
                                    .raw(),
                            "spec",
                            "endpoints")
                    .get(0);
            assertThat(Yaml.string(portal, "port")).as(overlay).isEqualTo("management");
            assertThat(Yaml.string(portal, "path")).as(overlay).isEqualTo("/q/metrics");
            assertThat(manifests.find("PodMonitor", "plenary-kafka"))
                    .as(overlay)
                    .isPresent();
            assertThat(manifests.find("PodMonitor", "plenary-postgres"))
                    .as(overlay)
                    .isPresent();
        }
        // The path and the registry are the services' own: the platform brings quarkus-micrometer-registry-prometheus.
        assertThat(Repo.read(Overlays.ROOT.resolve("services/platform/pom.xml")))
                .contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>");
    }

    @Test
    void a_service_monitor_on_the_api_port_or_another_path_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            endpoint(m, "registration-service").put("port", "http");
            endpoint(m, "side-event-service").put("path", "/metrics");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("ServiceMonitor/registration-service: scrapes Service/registration-service port http,"
                                + " which leads to 8082; registration-service serves its metrics on its management"
                                + " port 9082"))
                .anySatisfy(v -> assertThat(v)
                        .contains("ServiceMonitor/side-event-service: scrapes /metrics, side-event-service serves its"
                                + " metrics on /q/metrics"));
    }

    @Test
    void a_service_no_monitor_scrapes_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.object(m, "ServiceMonitor", "submission-service")
                                .raw(),
                        "spec",
                        "selector",
                        "matchLabels")
                .put("app.kubernetes.io/name", "submissions"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/submission-service: no ServiceMonitor scrapes /q/metrics on its"
                                + " management port 9084"));
    }

    @Test
    void a_portal_no_monitor_scrapes_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.object(m, "ServiceMonitor", "portal").raw(), "spec", "selector", "matchLabels")
                .put("app.kubernetes.io/name", "portals"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: no ServiceMonitor scrapes /q/metrics on its management port"
                                + " 9080"));
    }

    @Test
    void a_policy_that_shuts_prometheus_out_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            List<Object> rules = Doctored.list(
                    Doctored.object(m, "NetworkPolicy", "accreditation-service").raw(), "spec", "ingress");
            rules.remove(rules.size() - 1);
            List<Object> postgres = Doctored.list(
                    Doctored.object(m, "NetworkPolicy", "postgres").raw(), "spec", "ingress");
            postgres.removeIf(rule -> Yaml.list(rule, "from").stream()
                    .anyMatch(peer -> "monitoring"
                            .equals(Yaml.string(
                                    peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))));
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/accreditation-service: no NetworkPolicy lets Prometheus (namespace"
                                + " monitoring) scrape its management port 9081"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Cluster/plenary-postgres: no NetworkPolicy lets Prometheus (namespace monitoring)"
                                + " scrape its instances on 9187"));
    }

    @Test
    void kafka_without_its_exporter_or_postgres_without_a_pod_monitor_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Doctored.map(Doctored.object(m, "Kafka", "plenary").raw(), "spec", "kafka")
                    .remove("metricsConfig");
            Doctored.map(Doctored.list(
                                    Doctored.object(m, "PodMonitor", "plenary-kafka")
                                            .raw(),
                                    "spec",
                                    "podMetricsEndpoints")
                            .get(0))
                    .put("port", "tcp-metrics");
            Doctored.map(Doctored.object(m, "PodMonitor", "plenary-postgres").raw(), "spec", "selector", "matchLabels")
                    .put("cnpg.io/cluster", "postgres");
        });

        assertThat(violations)
                .contains("Kafka/plenary: no metricsConfig: the brokers export no metrics")
                .contains("Kafka/plenary: no PodMonitor scrapes its brokers on port tcp-prometheus")
                .contains("Cluster/plenary-postgres: no PodMonitor scrapes its instances on port metrics");
    }

    private static Map<String, Object> endpoint(Manifests m, String monitor) {
        return Doctored.map(
                Doctored.list(Doctored.object(m, "ServiceMonitor", monitor).raw(), "spec", "endpoints")
                        .get(0));
    }
}
