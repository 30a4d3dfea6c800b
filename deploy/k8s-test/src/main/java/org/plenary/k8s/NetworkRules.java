package org.plenary.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.plenary.k8s.Rendering.Pod;
import org.plenary.k8s.Rendering.Workload;

/**
 * NetworkPolicies, evaluated the way Kubernetes does for the pods that matter: a default deny; each service
 * reaches PostgreSQL, the Kafka brokers, Keycloak (its JWKS) and DNS, is reachable on its HTTP port only and not from another
 * service, and reaches no other service; PostgreSQL and the Kafka listener admit it.
 */
final class NetworkRules extends Rules {

    NetworkRules(Rendering r) {
        super(r);
    }

    void checkDefaultDeny() {
        boolean found = m.ofKind("NetworkPolicy").stream()
                .anyMatch(p -> Yaml.map(p.raw(), "spec", "podSelector").isEmpty()
                        && Yaml.list(p.raw(), "spec", "policyTypes").containsAll(List.of("Ingress", "Egress"))
                        && Yaml.list(p.raw(), "spec", "ingress").isEmpty()
                        && Yaml.list(p.raw(), "spec", "egress").isEmpty());
        if (!found) {
            fail("No default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)");
        }
    }

    void checkNetwork(Workload w) {
        String id = w.deployment().id();
        Pod self = new Pod(r.namespace, w.podLabels());
        int port = httpPort(w);
        String cluster = null;
        Matcher url = POSTGRES_URL.matcher(String.valueOf(config(w, "quarkus.datasource.reactive.url", "")));
        if (url.matches()) {
            cluster = url.group(1).replaceAll("-rw(\\..*)?$", "");
        }
        if (cluster != null && r.postgres.containsKey(cluster)) {
            Pod primary = primary(cluster);
            if (!allows("Egress", self, primary, 5432, "TCP", null)) {
                fail("%s: no NetworkPolicy lets it reach PostgreSQL (Cluster/%s) on 5432", id, cluster);
            }
            if (!allows("Ingress", primary, self, 5432, "TCP", null)) {
                fail("%s: no NetworkPolicy lets PostgreSQL (Cluster/%s) admit it on 5432", id, cluster);
            }
        }
        if (r.kafka != null) {
            for (K8sObject pool : m.ofKind("KafkaNodePool")) {
                List<Object> roles = Yaml.list(pool.raw(), "spec", "roles");
                if (!roles.contains("broker")) {
                    continue;
                }
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("strimzi.io/cluster", r.kafka.name());
                labels.put("strimzi.io/kind", "Kafka");
                labels.put("strimzi.io/name", r.kafka.name() + "-kafka");
                labels.put("strimzi.io/pool-name", pool.name());
                labels.put("strimzi.io/broker-role", "true");
                labels.put("strimzi.io/controller-role", String.valueOf(roles.contains("controller")));
                labels.put("app.kubernetes.io/name", "kafka");
                labels.put("app.kubernetes.io/instance", r.kafka.name());
                labels.put("app.kubernetes.io/part-of", "strimzi-" + r.kafka.name());
                Pod broker = new Pod(r.namespace, labels);
                // The brokers' listener port: the one the service bootstraps from.
                String address = String.valueOf(config(w, "kafka.bootstrap.servers", ""))
                        .split(",")[0]
                        .trim();
                Integer kafkaPort = Yaml.toInteger(address.substring(address.lastIndexOf(':') + 1));
                if (kafkaPort != null && !allows("Egress", self, broker, kafkaPort, "TCP", null)) {
                    fail(
                            "%s: no NetworkPolicy lets it reach the Kafka brokers of pool %s on %d",
                            id, pool.name(), kafkaPort);
                }
            }
            if (r.kafka.peers() != null
                    && r.kafka.peers().stream().noneMatch(peer -> peerMatches(peer, r.namespace, self))) {
                fail("%s: the networkPolicyPeers of Kafka/%s's TLS listener do not admit it", id, r.kafka.name());
            }
        }
        for (K8sObject keycloak : m.ofKind("Keycloak")) {
            Pod identity = keycloakPod(keycloak);
            int keycloakPort = keycloakPort(keycloak);
            if (!allows("Egress", self, identity, keycloakPort, "TCP", null)) {
                fail("%s: no NetworkPolicy lets it reach %s on %d (the realm's JWKS)", id, keycloak.id(), keycloakPort);
            }
            if (!allows("Ingress", identity, self, keycloakPort, "TCP", null)) {
                fail("%s: no NetworkPolicy lets %s admit it on %d (the realm's JWKS)", id, keycloak.id(), keycloakPort);
            }
        }
        Pod dns = new Pod("kube-system", Map.of("k8s-app", "kube-dns"));
        if (!allows("Egress", self, dns, 53, "UDP", null)) {
            fail("%s: no NetworkPolicy lets it resolve names (kube-dns, UDP 53)", id);
        }
        String portName = containerPorts(w).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() == port)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        List<Object> ingress = rules("Ingress", self);
        if (ingress.isEmpty()) {
            fail("%s: no NetworkPolicy admits anything on port %d: nothing can call the service", id, port);
        }
        int management = managementPort(w);
        String managementName = portName(w, management);
        for (Object rule : ingress) {
            List<Object> ports = Yaml.list(rule, "ports");
            if (ports.isEmpty()
                    || ports.stream()
                            .anyMatch(p -> !portIs(p, port, portName)
                                    && (management < 0 || !portIs(p, management, managementName)))) {
                fail(
                        "%s: a NetworkPolicy admits ports %s, not only its HTTP port %d (and its management port)",
                        id, ports.isEmpty() ? "all" : ports, port);
            }
            if (Yaml.list(rule, "from").isEmpty()) {
                fail("%s: a NetworkPolicy admits traffic from anywhere", id);
            }
        }
        for (Workload other : r.workloads) {
            if (other == w) {
                continue;
            }
            Pod otherPod = new Pod(r.namespace, other.podLabels());
            if (allows("Ingress", self, otherPod, port, "TCP", portName) && !ingress.isEmpty()) {
                fail("%s: a NetworkPolicy admits %s: services never call each other", id, other.name());
            }
            int otherPort = httpPort(other);
            if (allows("Egress", self, otherPod, otherPort, "TCP", null)) {
                fail("%s: a NetworkPolicy lets it call %s: services never call each other", id, other.name());
            }
        }
    }

    /**
     * Health, metrics and the OpenAPI document are served on the management interface, a port of their own, which
     * nothing that routes the API reaches: the service enables it on a port other than its HTTP port (the probes
     * call it: {@link WorkloadRules#checkProbes}); no caller that a NetworkPolicy admits on the HTTP port (the
     * ingress controller) is admitted on the management port; no Service port that an ingress routes (the port
     * named http or https, or one a rendered Ingress or HTTPRoute names) leads to it.
     */
    void checkManagementPort(Workload w) {
        String id = w.deployment().id();
        if (w.source().isEmpty()) {
            return; // services/<name> does not exist yet: nothing to compare with.
        }
        int port = httpPort(w);
        int management = managementPort(w);
        if (management < 0) {
            fail(
                    "%s: health, metrics and the OpenAPI document are served on the HTTP port %d, which the ingress"
                            + " routes (quarkus.management.enabled is not true)",
                    id, port);
            return;
        }
        if (management == port) {
            fail("%s: the management port is the HTTP port %d, which the ingress routes", id, port);
            return;
        }
        // The probes check that the container declares the management port; the API's port must be there too.
        Map<String, Integer> containerPorts = containerPorts(w);
        if (!containerPorts.containsValue(port)) {
            fail(
                    "%s: the container declares ports %s, but the service listens on %d",
                    id, containerPorts.values(), port);
        }
        Pod self = new Pod(r.namespace, w.podLabels());
        String portName = portName(w, port);
        String managementName = portName(w, management);
        for (Object rule : rules("Ingress", self)) {
            if (Yaml.list(rule, "ports").stream().noneMatch(p -> portIs(p, port, portName))) {
                continue;
            }
            for (Object peer : Yaml.list(rule, "from")) {
                Pod caller = podOf(peer);
                if (caller != null && allows("Ingress", self, caller, management, "TCP", managementName)) {
                    fail(
                            "%s: a NetworkPolicy lets %s %s, which calls its HTTP port, reach its management port %d",
                            id, caller.namespace(), caller.labels(), management);
                }
            }
        }
        for (K8sObject service : m.ofKind("Service")) {
            Map<String, String> selector = Yaml.strings(service.raw(), "spec", "selector");
            if (selector.isEmpty() || !w.podLabels().entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            for (Object servicePort : Yaml.list(service.raw(), "spec", "ports")) {
                Object target = Yaml.at(servicePort, "targetPort");
                Integer number = target == null
                        ? Yaml.integer(servicePort, "port")
                        : Optional.ofNullable(Yaml.toInteger(target)).orElse(containerPorts.get(target.toString()));
                if (number == null || number != management) {
                    continue;
                }
                String name = Yaml.string(servicePort, "name");
                Integer servicePortNumber = Yaml.integer(servicePort, "port");
                if ("http".equals(name) || "https".equals(name)) {
                    fail(
                            "%s: its port %s leads to the management port %d: the ingress routes that port",
                            service.id(), name, management);
                }
                for (String route : routesTo(service.name(), name, servicePortNumber)) {
                    fail(
                            "%s routes to %s port %s, which leads to the management port %d of %s",
                            route, service.id(), name == null ? servicePortNumber : name, management, w.name());
                }
            }
        }
    }

    /** The name of the container port with that number (null: none). */
    private String portName(Workload w, int number) {
        return containerPorts(w).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() == number)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** A pod a NetworkPolicyPeer's selectors stand for (its matchLabels); null for an ipBlock. */
    private Pod podOf(Object peer) {
        if (Yaml.at(peer, "ipBlock") != null) {
            return null;
        }
        String namespace = Yaml.at(peer, "namespaceSelector") == null
                ? r.namespace
                : Optional.ofNullable(Yaml.strings(peer, "namespaceSelector", "matchLabels")
                                .get("kubernetes.io/metadata.name"))
                        .orElse("any-namespace");
        return new Pod(namespace, Yaml.strings(peer, "podSelector", "matchLabels"));
    }

    /** The rendered Ingresses and HTTPRoutes with a backend that is this Service port. */
    private List<String> routesTo(String service, String portName, Integer portNumber) {
        List<String> routes = new ArrayList<>();
        for (K8sObject ingress : m.ofKind("Ingress")) {
            List<Object> backends = new ArrayList<>();
            Optional.ofNullable(Yaml.at(ingress.raw(), "spec", "defaultBackend"))
                    .ifPresent(backends::add);
            for (Object rule : Yaml.list(ingress.raw(), "spec", "rules")) {
                for (Object path : Yaml.list(rule, "http", "paths")) {
                    Optional.ofNullable(Yaml.at(path, "backend")).ifPresent(backends::add);
                }
            }
            for (Object backend : backends) {
                if (service.equals(Yaml.string(backend, "service", "name"))
                        && (matches(Yaml.integer(backend, "service", "port", "number"), portNumber)
                                || (portName != null
                                        && portName.equals(Yaml.string(backend, "service", "port", "name"))))) {
                    routes.add(ingress.id());
                }
            }
        }
        for (K8sObject route : m.ofKind("HTTPRoute")) {
            for (Object rule : Yaml.list(route.raw(), "spec", "rules")) {
                for (Object backend : Yaml.list(rule, "backendRefs")) {
                    if (service.equals(Yaml.string(backend, "name"))
                            && matches(Yaml.integer(backend, "port"), portNumber)) {
                        routes.add(route.id());
                    }
                }
            }
        }
        return routes;
    }

    private static boolean matches(Integer a, Integer b) {
        return a != null && a.equals(b);
    }

    /** Keycloak reaches its database on the primary, which admits it. */
    void checkKeycloakNetwork() {
        for (K8sObject keycloak : m.ofKind("Keycloak")) {
            String cluster = String.valueOf(Yaml.string(keycloak.raw(), "spec", "db", "host"))
                    .replaceAll("-rw(\\..*)?$", "");
            Pod primary = primary(cluster);
            Pod identity = keycloakPod(keycloak);
            if (!allows("Egress", identity, primary, 5432, "TCP", null)) {
                fail("%s: no NetworkPolicy lets it reach PostgreSQL (Cluster/%s) on 5432", keycloak.id(), cluster);
            }
            if (!allows("Ingress", primary, identity, 5432, "TCP", null)) {
                fail("%s: no NetworkPolicy lets PostgreSQL (Cluster/%s) admit it on 5432", keycloak.id(), cluster);
            }
            Pod dns = new Pod("kube-system", Map.of("k8s-app", "kube-dns"));
            if (!allows("Egress", identity, dns, 53, "UDP", null)) {
                fail("%s: no NetworkPolicy lets it resolve names (kube-dns, UDP 53)", keycloak.id());
            }
        }
    }

    /** The labels CloudNativePG gives a cluster's primary instance. */
    Pod primary(String cluster) {
        return new Pod(
                r.namespace,
                Map.of(
                        "cnpg.io/cluster", cluster,
                        "cnpg.io/podRole", "instance",
                        "cnpg.io/instanceRole", "primary",
                        "role", "primary"));
    }

    /** The labels the Keycloak operator gives a Keycloak's pods. */
    Pod keycloakPod(K8sObject keycloak) {
        return new Pod(
                r.namespace,
                Map.of(
                        "app", "keycloak",
                        "app.kubernetes.io/instance", keycloak.name(),
                        "app.kubernetes.io/managed-by", "keycloak-operator",
                        "app.kubernetes.io/component", "server"));
    }

    static int keycloakPort(K8sObject keycloak) {
        return Optional.ofNullable(Yaml.integer(keycloak.raw(), "spec", "http", "httpPort"))
                .orElse(8080);
    }

    /** The rules of the given direction of the policies that select the pod. */
    List<Object> rules(String direction, Pod pod) {
        List<Object> result = new ArrayList<>();
        for (K8sObject policy : selecting(direction, pod)) {
            result.addAll(Yaml.list(policy.raw(), "spec", direction.toLowerCase(java.util.Locale.ROOT)));
        }
        return result;
    }

    private List<K8sObject> selecting(String direction, Pod pod) {
        List<K8sObject> result = new ArrayList<>();
        for (K8sObject policy : m.ofKind("NetworkPolicy")) {
            String policyNamespace = Optional.ofNullable(policy.namespace()).orElse(r.namespace);
            if (!policyNamespace.equals(pod.namespace())
                    || !selects(Yaml.at(policy.raw(), "spec", "podSelector"), pod.labels())) {
                continue;
            }
            List<Object> types = Yaml.list(policy.raw(), "spec", "policyTypes");
            boolean applies = types.isEmpty()
                    ? direction.equals("Ingress") || Yaml.at(policy.raw(), "spec", "egress") != null
                    : types.contains(direction);
            if (applies) {
                result.add(policy);
            }
        }
        return result;
    }

    /**
     * Whether traffic from {@code subject} to {@code peer} (Egress) or from {@code peer} to {@code subject}
     * (Ingress) on the port is allowed by the policies of the subject's side. A pod no policy isolates allows
     * everything. Pods outside the rendered namespace (kube-dns, operators) are not isolated by these objects.
     */
    boolean allows(String direction, Pod subject, Pod peer, int port, String protocol, String portName) {
        if (!subject.namespace().equals(r.namespace)) {
            return true;
        }
        List<K8sObject> policies = selecting(direction, subject);
        if (policies.isEmpty()) {
            return true;
        }
        String peersKey = direction.equals("Ingress") ? "from" : "to";
        for (K8sObject policy : policies) {
            String policyNamespace = Optional.ofNullable(policy.namespace()).orElse(r.namespace);
            for (Object rule : Yaml.list(policy.raw(), "spec", direction.toLowerCase(java.util.Locale.ROOT))) {
                List<Object> peers = Yaml.list(rule, peersKey);
                boolean peerOk = peers.isEmpty() || peers.stream().anyMatch(p -> peerMatches(p, policyNamespace, peer));
                List<Object> ports = Yaml.list(rule, "ports");
                boolean portOk = ports.isEmpty()
                        || ports.stream()
                                .anyMatch(p -> protocol.equals(Optional.ofNullable(Yaml.string(p, "protocol"))
                                                .orElse("TCP"))
                                        && portIs(p, port, portName));
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean portIs(Object rulePort, int port, String portName) {
        Object value = Yaml.at(rulePort, "port");
        if (value == null) {
            return true;
        }
        Integer number = Yaml.toInteger(value);
        if (number == null) {
            return value.toString().equals(portName);
        }
        Integer end = Yaml.integer(rulePort, "endPort");
        return end == null ? number == port : number <= port && port <= end;
    }

    /** NetworkPolicyPeer semantics: no namespaceSelector means the policy's namespace; ipBlocks match no pod. */
    boolean peerMatches(Object peer, String policyNamespace, Pod pod) {
        if (Yaml.at(peer, "ipBlock") != null) {
            return false;
        }
        Object namespaceSelector = Yaml.at(peer, "namespaceSelector");
        Object podSelector = Yaml.at(peer, "podSelector");
        boolean namespaceOk = namespaceSelector == null
                ? pod.namespace().equals(policyNamespace)
                : selects(namespaceSelector, pod.namespaceLabels());
        boolean podOk = podSelector == null || selects(podSelector, pod.labels());
        return namespaceOk && podOk;
    }

    static boolean selects(Object selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> matchLabels = Yaml.strings(selector, "matchLabels");
        if (!labels.entrySet().containsAll(matchLabels.entrySet())) {
            return false;
        }
        for (Object expression : Yaml.list(selector, "matchExpressions")) {
            String key = Yaml.string(expression, "key");
            String operator = Yaml.string(expression, "operator");
            List<Object> values = Yaml.list(expression, "values");
            boolean ok = switch (String.valueOf(operator)) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
