package org.plenary.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.k8s.Rendering.Pod;
import org.plenary.k8s.Rendering.Workload;

/**
 * Watched: Prometheus scrapes every service's metrics where the service serves them, and the data layer's.
 *
 * <ul>
 *   <li>each service has a ServiceMonitor selecting its Service, on the Service port that leads to its management
 *       port, at the path the service serves its metrics on (the management root path and
 *       {@code quarkus.micrometer.export.prometheus.path}, {@code /q/metrics}), and the service has a Prometheus
 *       registry (quarkus-micrometer-registry-prometheus, in its pom or the platform's);
 *   <li>its NetworkPolicy admits Prometheus (namespace {@value #MONITORING_NAMESPACE}) on that port;
 *   <li>the Kafka cluster exports its metrics (metricsConfig from a rendered ConfigMap key) and a PodMonitor scrapes
 *       the brokers on Strimzi's port tcp-prometheus;
 *   <li>a PodMonitor scrapes every PostgreSQL instance on CloudNativePG's port metrics (9187), which the cluster's
 *       NetworkPolicy opens to Prometheus.
 * </ul>
 */
final class MonitoringRules extends Rules {

    static final String MONITORING_NAMESPACE = "monitoring";
    static final Map<String, String> PROMETHEUS_LABELS = Map.of("app.kubernetes.io/name", "prometheus");
    static final int POSTGRES_METRICS_PORT = 9187;
    static final int KAFKA_METRICS_PORT = 9404;

    private final NetworkRules network;

    MonitoringRules(Rendering r, NetworkRules network) {
        super(r);
        this.network = network;
    }

    Pod prometheus() {
        return new Pod(MONITORING_NAMESPACE, PROMETHEUS_LABELS);
    }

    /** The path the service serves Prometheus' format on, on its management interface. */
    String metricsPath(Workload w) {
        String root = config(w, "quarkus.management.root-path", "/q");
        String path = config(w, "quarkus.micrometer.export.prometheus.path", "metrics");
        String joined = path.startsWith("/") ? path : root.replaceAll("/+$", "") + "/" + path;
        return joined.replaceAll("/{2,}", "/");
    }

    boolean hasPrometheusRegistry(Workload w) {
        if (w.source().isEmpty()) {
            return false;
        }
        if (w.source().get().artifactIds().contains("quarkus-micrometer-registry-prometheus")) {
            return true;
        }
        Path platform = repo.root().resolve("services/platform/pom.xml");
        return w.source().get().artifactIds().contains("platform")
                && Files.exists(platform)
                && Repo.read(platform).contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>");
    }

    void checkService(Workload w) {
        String id = w.deployment().id();
        if (w.source().isEmpty()) {
            return;
        }
        if (!hasPrometheusRegistry(w)) {
            fail("%s: the service has no Prometheus registry (quarkus-micrometer-registry-prometheus)", id);
            return;
        }
        int management = managementPort(w);
        String path = metricsPath(w);
        boolean scraped = false;
        for (K8sObject monitor : m.ofKind("ServiceMonitor")) {
            Object selector = Yaml.at(monitor.raw(), "spec", "selector");
            for (K8sObject service : m.ofKind("Service")) {
                Map<String, String> podSelector = Yaml.strings(service.raw(), "spec", "selector");
                if (podSelector.isEmpty()
                        || !w.podLabels().entrySet().containsAll(podSelector.entrySet())
                        || !NetworkRules.selects(selector, service.labels())) {
                    continue;
                }
                for (Object endpoint : Yaml.list(monitor.raw(), "spec", "endpoints")) {
                    String portName = Yaml.string(endpoint, "port");
                    Object servicePort = Yaml.list(service.raw(), "spec", "ports").stream()
                            .filter(p -> portName != null && portName.equals(Yaml.string(p, "name")))
                            .findFirst()
                            .orElse(null);
                    if (servicePort == null) {
                        fail(
                                "%s: scrapes port %s, which %s has no port of that name",
                                monitor.id(), portName, service.id());
                        continue;
                    }
                    Object target = Yaml.at(servicePort, "targetPort");
                    Integer number = target == null
                            ? Yaml.integer(servicePort, "port")
                            : Optional.ofNullable(Yaml.toInteger(target))
                                    .orElse(containerPorts(w).get(target.toString()));
                    String endpointPath =
                            Optional.ofNullable(Yaml.string(endpoint, "path")).orElse("/metrics");
                    if (number == null || number != management) {
                        fail(
                                "%s: scrapes %s port %s, which leads to %s; %s serves its metrics on its management"
                                        + " port %d",
                                monitor.id(), service.id(), portName, number, w.name(), management);
                    } else if (!endpointPath.equals(path)) {
                        fail("%s: scrapes %s, %s serves its metrics on %s", monitor.id(), endpointPath, w.name(), path);
                    } else {
                        scraped = true;
                    }
                }
            }
        }
        if (!scraped) {
            fail("%s: no ServiceMonitor scrapes %s on its management port %d", id, path, management);
        }
        Pod self = new Pod(r.namespace, w.podLabels());
        if (management > 0
                && !network.allows("Ingress", self, prometheus(), management, "TCP", portName(w, management))) {
            fail(
                    "%s: no NetworkPolicy lets Prometheus (namespace %s) scrape its management port %d",
                    id, MONITORING_NAMESPACE, management);
        }
    }

    void checkDataLayer() {
        if (r.kafka != null) {
            Optional<K8sObject> kafka = m.find("Kafka", r.kafka.name());
            Object metrics = kafka.map(k -> Yaml.at(k.raw(), "spec", "kafka", "metricsConfig"))
                    .orElse(null);
            String configMap = Yaml.string(metrics, "valueFrom", "configMapKeyRef", "name");
            String key = Yaml.string(metrics, "valueFrom", "configMapKeyRef", "key");
            if (metrics == null) {
                fail("Kafka/%s: no metricsConfig: the brokers export no metrics", r.kafka.name());
            } else if (configMap == null
                    || m.find("ConfigMap", configMap)
                                    .map(c -> Yaml.strings(c.raw(), "data").containsKey(key))
                                    .orElse(false)
                            == false) {
                fail(
                        "Kafka/%s: metricsConfig names key %s of ConfigMap/%s, which is not rendered",
                        r.kafka.name(), key, configMap);
            }
            Map<String, String> broker = Map.of(
                    "strimzi.io/cluster", r.kafka.name(),
                    "strimzi.io/kind", "Kafka",
                    "strimzi.io/broker-role", "true");
            if (!podMonitored(broker, "tcp-prometheus")) {
                fail("Kafka/%s: no PodMonitor scrapes its brokers on port tcp-prometheus", r.kafka.name());
            }
        }
        for (String cluster : r.postgres.keySet()) {
            Pod primary = network.primary(cluster);
            if (!podMonitored(primary.labels(), "metrics")) {
                fail("Cluster/%s: no PodMonitor scrapes its instances on port metrics", cluster);
            }
            if (!network.allows("Ingress", primary, prometheus(), POSTGRES_METRICS_PORT, "TCP", "metrics")) {
                fail(
                        "Cluster/%s: no NetworkPolicy lets Prometheus (namespace %s) scrape its instances on %d",
                        cluster, MONITORING_NAMESPACE, POSTGRES_METRICS_PORT);
            }
        }
    }

    private boolean podMonitored(Map<String, String> podLabels, String port) {
        for (K8sObject monitor : m.ofKind("PodMonitor")) {
            if (!NetworkRules.selects(Yaml.at(monitor.raw(), "spec", "selector"), podLabels)) {
                continue;
            }
            List<Object> endpoints = Yaml.list(monitor.raw(), "spec", "podMetricsEndpoints");
            if (endpoints.stream().anyMatch(e -> port.equals(Yaml.string(e, "port")))) {
                return true;
            }
        }
        return false;
    }

    private String portName(Workload w, int number) {
        return containerPorts(w).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() == number)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
