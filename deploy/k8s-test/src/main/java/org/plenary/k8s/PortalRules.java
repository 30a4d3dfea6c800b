package org.plenary.k8s;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.k8s.Rendering.EnvValue;
import org.plenary.k8s.Rendering.Pod;
import org.plenary.k8s.Rendering.Workload;
import org.plenary.k8s.Repo.ServiceSpec;

/**
 * The portal (services/portal): the web pages, which call the services' APIs with the user's token. Its Deployment
 * is checked like a service's (image, probes, environment, security context, volumes, Service) and then by what
 * makes it different:
 *
 * <ul>
 *   <li>it is <b>the one exception to "services never call each other"</b>: it may reach exactly the services its
 *       REST clients name ({@code quarkus.rest-client.<name>.url}, each a service's Service and HTTP port), and each
 *       of them admits it on that port; it may not reach the others, and no service may call it;
 *   <li>it has no database and no Kafka: no such extension, no such setting, no login Secret, and it can reach
 *       neither PostgreSQL nor the brokers, which do not admit it;
 *   <li>it signs users in with Keycloak's realm at Keycloak's Service, expects the issuer the services trust, and its
 *       client secret comes from a Secret by reference;
 *   <li>an Ingress routes to its Service.
 * </ul>
 */
final class PortalRules extends Rules {

    static final String PORTAL = "portal";

    private static final Pattern REST_CLIENT_URL = Pattern.compile("^quarkus\\.rest-client\\.([^.]+)\\.url$");
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([^}:]+)(?::([^}]*))?}$");
    /**
     * The artifacts that would give the portal a database or Kafka: such extensions, or the services' platform module
     * (the outbox and inbox bring both).
     */
    static final Pattern DATA_OR_KAFKA = Pattern.compile(
            "platform|quarkus-(messaging-kafka|kafka-.*|smallrye-reactive-"
                    + "messaging-kafka|reactive-.*-client|jdbc-.*|agroal|flyway|liquibase|hibernate-orm.*|hibernate-reactive.*)");

    private final NetworkRules network;

    PortalRules(Rendering r, NetworkRules network) {
        super(r);
        this.network = network;
    }

    /** The portal's Deployment as a workload, when services/portal exists; a finding if it is not rendered. */
    Optional<Workload> portal(WorkloadRules workloads) {
        Optional<ServiceSource> source = repo.source(PORTAL);
        Optional<K8sObject> deployment = m.find("Deployment", PORTAL);
        if (source.isEmpty()) {
            deployment.ifPresent(d -> fail("%s: there is no services/portal", d.id()));
            return Optional.empty();
        }
        if (deployment.isEmpty()) {
            fail("Deployment/%s: missing (services/portal is an application)", PORTAL);
            return Optional.empty();
        }
        Integer port = Yaml.toInteger(source.get().property("quarkus.http.port").orElse("8080"));
        return workloads.workload(new ServiceSpec(PORTAL, port == null ? 8080 : port, null), deployment.get());
    }

    void checkNoDatabaseNoKafka(Workload w) {
        String id = w.deployment().id();
        w.source().ifPresent(source -> {
            Set<String> data = new TreeSet<>();
            source.artifactIds().stream()
                    .filter(a -> DATA_OR_KAFKA.matcher(a).matches())
                    .forEach(data::add);
            if (!data.isEmpty()) {
                fail("%s: the portal has no database and no Kafka, but its pom names %s", id, data);
            }
        });
        w.env().forEach((name, value) -> {
            if (name.startsWith("QUARKUS_DATASOURCE")
                    || name.startsWith("KAFKA_")
                    || name.startsWith("MP_MESSAGING_")) {
                fail("%s: sets %s (from %s): the portal has no database and no Kafka", id, name, value.origin());
            }
            if (value.secret() != null
                    && (m.find("KafkaUser", value.secret()).isPresent()
                            || r.postgres.values().stream()
                                    .anyMatch(c -> c.loginSecrets().containsValue(value.secret())))) {
                fail("%s: %s comes from Secret/%s, a database or Kafka login", id, name, value.secret());
            }
        });
        Pod self = new Pod(r.namespace, w.podLabels());
        for (String cluster : r.postgres.keySet()) {
            Pod primary = network.primary(cluster);
            if (network.allows("Egress", self, primary, 5432, "TCP", null)) {
                fail("%s: a NetworkPolicy lets it reach PostgreSQL (Cluster/%s): it has no database", id, cluster);
            }
            if (network.allows("Ingress", primary, self, 5432, "TCP", null)) {
                fail("%s: PostgreSQL (Cluster/%s) admits it: it has no database", id, cluster);
            }
        }
        if (r.kafka != null) {
            Pod broker = new Pod(
                    r.namespace,
                    Map.of(
                            "strimzi.io/cluster", r.kafka.name(),
                            "strimzi.io/kind", "Kafka",
                            "strimzi.io/broker-role", "true"));
            for (Object listener : Yaml.list(
                    m.find("Kafka", r.kafka.name()).map(K8sObject::raw).orElse(Map.of()),
                    "spec",
                    "kafka",
                    "listeners")) {
                Integer port = Yaml.integer(listener, "port");
                if (port != null && network.allows("Egress", self, broker, port, "TCP", null)) {
                    fail("%s: a NetworkPolicy lets it reach the Kafka brokers on %d: it has no Kafka", id, port);
                }
            }
            if (r.kafka.peers() != null
                    && r.kafka.peers().stream().anyMatch(peer -> network.peerMatches(peer, r.namespace, self))) {
                fail(
                        "%s: the networkPolicyPeers of Kafka/%s's TLS listener admit it: it has no Kafka",
                        id, r.kafka.name());
            }
        }
    }

    void checkSignIn(Workload w) {
        String id = w.deployment().id();
        String secretProperty = "quarkus.oidc.credentials.secret";
        EnvValue direct = w.env().get(ServiceSource.toEnv(secretProperty));
        String variable = ServiceSource.toEnv(secretProperty);
        if (direct == null) {
            Matcher expression = EXPRESSION.matcher(
                    w.source().flatMap(s -> s.property(secretProperty)).orElse(""));
            if (expression.matches()) {
                variable = ServiceSource.toEnv(expression.group(1));
            }
        }
        EnvValue secret = w.env().get(variable);
        if (secret == null) {
            fail(
                    "%s: %s is not set: the portal would sign in with the client secret of its application.properties",
                    id, variable);
        } else if (secret.secret() == null) {
            fail(
                    "%s: %s comes from %s: the client secret belongs in a Secret (secretKeyRef)",
                    id, variable, secret.origin());
        }
        List<K8sObject> keycloaks = m.ofKind("Keycloak");
        if (keycloaks.size() != 1) {
            return; // KeycloakRules reports it
        }
        K8sObject keycloak = keycloaks.get(0);
        String issuer = KeycloakRules.issuer(keycloak);
        String inCluster = KeycloakRules.jwks(keycloak).replaceFirst("/protocol/openid-connect/certs$", "");
        String server = resolved(w, "quarkus.oidc.auth-server-url");
        if (!inCluster.equals(server) && !(server.equals(issuer) && !local(issuer))) {
            fail(
                    "%s: quarkus.oidc.auth-server-url is %s; inside the cluster the realm is %s (localhost is the pod"
                            + " itself)",
                    id, server, inCluster);
        }
        String expected = resolved(w, "quarkus.oidc.token.issuer");
        if (!server.equals(issuer) && !issuer.equals(expected)) {
            fail(
                    "%s: quarkus.oidc.token.issuer is %s, not %s (the realm at Keycloak's hostname, as the services"
                            + " expect)",
                    id, expected.isEmpty() ? "not set" : expected, issuer);
        }
        String tokens = resolved(w, "quarkus.oidc-client.auth-server-url");
        if (!tokens.isEmpty() && !tokens.equals(server)) {
            fail("%s: its service account asks %s for tokens, its sign-in %s", id, tokens, server);
        }
    }

    /**
     * The exception to "services never call each other": the portal reaches the services its REST clients name, on
     * their HTTP ports, and no other; they admit it; no service calls it.
     */
    void checkCalls(Workload w) {
        String id = w.deployment().id();
        Pod self = new Pod(r.namespace, w.podLabels());
        Map<String, Workload> called = new TreeMap<>();
        List<K8sObject> keycloaks = m.ofKind("Keycloak");
        w.source()
                .ifPresent(source -> source.ownProperties().keySet().forEach(key -> {
                    Matcher client = REST_CLIENT_URL.matcher(key);
                    if (!client.matches()) {
                        return;
                    }
                    String url = resolved(w, key);
                    URI uri;
                    try {
                        uri = URI.create(url);
                    } catch (IllegalArgumentException e) {
                        fail("%s: %s is %s, no URL", id, key, url);
                        return;
                    }
                    String host = String.valueOf(uri.getHost())
                            .replaceAll("\\." + Pattern.quote(r.namespace) + "(\\.svc.*)?$", "");
                    int port = uri.getPort() < 0 ? 80 : uri.getPort();
                    for (K8sObject keycloak : keycloaks) {
                        if (host.equals(keycloak.name() + "-service")) {
                            checkKeycloak(id, self, keycloak, port, key);
                            return;
                        }
                    }
                    Optional<Workload> target = serviceBehind(host, port);
                    if (target.isEmpty()) {
                        fail(
                                "%s: %s is %s, which is no service's Service and HTTP port (localhost is the pod itself)",
                                id, key, url);
                        return;
                    }
                    called.put(target.get().name(), target.get());
                }));
        for (Workload service : r.workloads) {
            Pod pod = new Pod(r.namespace, service.podLabels());
            int port = httpPort(service);
            String portName = portName(service, port);
            boolean reaches = network.allows("Egress", self, pod, port, "TCP", null);
            if (called.containsKey(service.name())) {
                if (!reaches) {
                    fail(
                            "%s: no NetworkPolicy lets it call %s on %d, which its REST client names",
                            id, service.name(), port);
                }
                if (!network.allows("Ingress", pod, self, port, "TCP", portName)) {
                    fail("%s: no NetworkPolicy lets %s admit the portal on %d", id, service.name(), port);
                }
            } else if (reaches) {
                fail(
                        "%s: a NetworkPolicy lets it call %s, which no REST client of the portal names",
                        id, service.name());
            }
            if (network.allows("Egress", pod, self, httpPort(w), "TCP", null)) {
                fail(
                        "%s: a NetworkPolicy lets %s call the portal: services call nothing over HTTP",
                        id, service.name());
            }
        }
        Pod dns = new Pod("kube-system", Map.of("k8s-app", "kube-dns"));
        if (!network.allows("Egress", self, dns, 53, "UDP", null)) {
            fail("%s: no NetworkPolicy lets it resolve names (kube-dns, UDP 53)", id);
        }
        int port = httpPort(w);
        String portName = portName(w, port);
        List<Object> ingress = network.rules("Ingress", self);
        if (ingress.isEmpty()) {
            fail("%s: no NetworkPolicy admits anything on port %d: nobody can open the portal", id, port);
        }
        // With the management interface on (quarkus.management.enabled), its port may be admitted too.
        Set<String> allowed = new TreeSet<>(List.of(String.valueOf(port), String.valueOf(portName)));
        if ("true".equals(config(w, "quarkus.management.enabled", "false"))) {
            String management = config(w, "quarkus.management.port", "9000");
            allowed.add(management);
            allowed.add(String.valueOf(
                    portName(w, Optional.ofNullable(Yaml.toInteger(management)).orElse(-1))));
        }
        for (Object rule : ingress) {
            List<Object> ports = Yaml.list(rule, "ports");
            if (ports.isEmpty()
                    || ports.stream().anyMatch(p -> !allowed.contains(String.valueOf(Yaml.at(p, "port"))))) {
                fail(
                        "%s: a NetworkPolicy admits ports %s, not only its HTTP port %d",
                        id, ports.isEmpty() ? "all" : ports, port);
            }
            if (Yaml.list(rule, "from").isEmpty()) {
                fail("%s: a NetworkPolicy admits traffic from anywhere", id);
            }
        }
    }

    private void checkKeycloak(String id, Pod self, K8sObject keycloak, int port, String key) {
        Pod identity = network.keycloakPod(keycloak);
        int expected = NetworkRules.keycloakPort(keycloak);
        if (port != expected) {
            fail("%s: %s names port %d of %s, which listens on %d", id, key, port, keycloak.id(), expected);
        }
        if (!network.allows("Egress", self, identity, expected, "TCP", null)) {
            fail("%s: no NetworkPolicy lets it reach %s on %d", id, keycloak.id(), expected);
        }
        if (!network.allows("Ingress", identity, self, expected, "TCP", null)) {
            fail("%s: no NetworkPolicy lets %s admit it on %d", id, keycloak.id(), expected);
        }
    }

    /** The service whose pods a rendered Service of that name selects, on a port reaching its HTTP port. */
    private Optional<Workload> serviceBehind(String host, int port) {
        Optional<K8sObject> service = m.find("Service", host);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> selector = Yaml.strings(service.get().raw(), "spec", "selector");
        for (Workload w : r.workloads) {
            if (selector.isEmpty() || !w.podLabels().entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            for (Object servicePort : Yaml.list(service.get().raw(), "spec", "ports")) {
                Integer number = Yaml.integer(servicePort, "port");
                Object target = Yaml.at(servicePort, "targetPort");
                Integer targetNumber = target == null
                        ? number
                        : Optional.ofNullable(Yaml.toInteger(target))
                                .orElse(containerPorts(w).get(target.toString()));
                if (number != null && number == port && targetNumber != null && targetNumber == httpPort(w)) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    private String portName(Workload w, int port) {
        return containerPorts(w).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() == port)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** The property's value as the portal runs with it, with a value that is one ${name:default} resolved. */
    private String resolved(Workload w, String property) {
        String value = config(w, property, "");
        for (int depth = 0; depth < 5; depth++) {
            Matcher expression = EXPRESSION.matcher(value);
            if (!expression.matches()) {
                break;
            }
            value = config(w, expression.group(1), expression.group(2) == null ? "" : expression.group(2));
        }
        return value;
    }

    private static boolean local(String url) {
        return url.contains("://localhost") || url.contains("://127.0.0.1");
    }
}
