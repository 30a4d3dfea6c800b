package org.plenary.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plenary.k8s.Rendering.Pod;
import org.plenary.k8s.Rendering.Workload;

/**
 * Traffic in: one Gateway (Gateway API) and an HTTPRoute per application, and nothing else (no Ingress).
 *
 * <ul>
 *   <li>every listener of the Gateway is HTTPS, ends TLS with a certificate Secret: rendered, made by a rendered
 *       cert-manager Certificate whose names cover the listener's host name, or documented in k8s/README.md;
 *   <li>every HTTPRoute is attached to a listener of a rendered Gateway whose host name it serves, and sends each
 *       request to a rendered Service's port that leads to the HTTP port of the workload behind it (a service, the
 *       portal, Keycloak), never to a management port;
 *   <li>the portal and the four APIs (accreditation, registration, side events, submissions) are routed, each on a
 *       host name of its own (two APIs both have {@code /sessions/{id}}): a host name leads to one Service only;
 *   <li>the NetworkPolicies follow the routes: the Gateway's proxy is admitted on the HTTP port of every workload a
 *       route reaches, and on no port of a workload no route reaches (the management port is
 *       {@link NetworkRules#checkManagementPort}'s).
 * </ul>
 */
final class RouteRules extends Rules {

    /** Where the Gateway's proxy runs: Envoy Gateway's namespace, as the NetworkPolicies expect (k8s/README.md). */
    static final String GATEWAY_NAMESPACE = "envoy-gateway-system";

    /** The applications that must be reachable from outside, each on its own host name. */
    static final Set<String> ROUTED = Set.of(
            PortalRules.PORTAL,
            "accreditation-service",
            "registration-service",
            "side-event-service",
            "submission-service");

    private final NetworkRules network;

    RouteRules(Rendering r, NetworkRules network) {
        super(r);
        this.network = network;
    }

    /** The pods of Envoy Gateway's proxy for a Gateway of the rendered namespace. */
    Pod proxy(String gateway) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/name", "envoy");
        labels.put("app.kubernetes.io/component", "proxy");
        labels.put("app.kubernetes.io/managed-by", "envoy-gateway");
        labels.put("gateway.envoyproxy.io/owning-gateway-name", gateway);
        labels.put("gateway.envoyproxy.io/owning-gateway-namespace", r.namespace);
        return new Pod(GATEWAY_NAMESPACE, labels);
    }

    void check() {
        for (K8sObject ingress : m.ofKind("Ingress")) {
            fail("%s: traffic comes in through the Gateway's HTTPRoutes only (one way in for all)", ingress.id());
        }
        List<K8sObject> gateways = m.ofKind("Gateway");
        if (gateways.isEmpty()) {
            fail("No Gateway: nothing routes traffic in");
        }
        gateways.forEach(this::checkListeners);

        List<Workload> all = new ArrayList<>(r.workloads);
        r.portal.ifPresent(all::add);
        Map<String, Set<String>> backendsByHost = new TreeMap<>();
        Set<String> routed = new TreeSet<>();
        Set<Workload> reached = new java.util.HashSet<>();
        Set<String> routedGateways = new TreeSet<>();
        for (K8sObject route : m.ofKind("HTTPRoute")) {
            List<String> hostnames = Yaml.list(route.raw(), "spec", "hostnames").stream()
                    .map(String::valueOf)
                    .toList();
            if (hostnames.isEmpty()) {
                fail("%s: no hostnames: it would take every host name of its listener", route.id());
            }
            List<Object> parents = Yaml.list(route.raw(), "spec", "parentRefs");
            if (parents.isEmpty()) {
                fail("%s: no parentRefs: no Gateway serves it", route.id());
            }
            for (Object parent : parents) {
                checkParent(route, parent, hostnames);
                routedGateways.add(Yaml.string(parent, "name"));
            }
            for (Object rule : Yaml.list(route.raw(), "spec", "rules")) {
                for (Object backend : Yaml.list(rule, "backendRefs")) {
                    String service = Yaml.string(backend, "name");
                    Integer port = Yaml.integer(backend, "port");
                    String kind =
                            Optional.ofNullable(Yaml.string(backend, "kind")).orElse("Service");
                    if (!kind.equals("Service")) {
                        fail("%s: backendRef %s of kind %s: only Services are routed", route.id(), service, kind);
                        continue;
                    }
                    hostnames.forEach(h -> backendsByHost
                            .computeIfAbsent(h, x -> new TreeSet<>())
                            .add(service));
                    Optional<String> target = backendTarget(route, service, port, all);
                    target.ifPresent(routed::add);
                    all.stream()
                            .filter(w -> target.isPresent() && w.name().equals(target.get()))
                            .forEach(reached::add);
                }
            }
        }
        backendsByHost.forEach((host, services) -> {
            if (services.size() > 1) {
                fail(
                        "Host name %s leads to %s: each application needs a host name of its own (their paths"
                                + " overlap)",
                        host, services);
            }
        });
        for (String name : ROUTED) {
            if (all.stream().anyMatch(w -> w.name().equals(name)) && !routed.contains(name)) {
                fail("Deployment/%s: no HTTPRoute reaches its Service's HTTP port", name);
            }
        }
        checkPublicAddresses(backendsByHost);
        // The NetworkPolicies follow the routes.
        for (String gateway : routedGateways) {
            Pod proxy = proxy(gateway);
            for (Workload w : all) {
                Pod self = new Pod(r.namespace, w.podLabels());
                int port = httpPort(w);
                boolean admitted = network.allows("Ingress", self, proxy, port, "TCP", portName(w, port));
                if (reached.contains(w) && !admitted) {
                    fail(
                            "Deployment/%s: an HTTPRoute reaches it, but no NetworkPolicy admits the Gateway's proxy"
                                    + " (namespace %s) on its HTTP port %d",
                            w.name(), GATEWAY_NAMESPACE, port);
                }
                if (!reached.contains(w) && admittedAnywhere(self, proxy)) {
                    fail(
                            "Deployment/%s: a NetworkPolicy admits the Gateway's proxy, but no HTTPRoute reaches it",
                            w.name());
                }
            }
        }
    }

    /**
     * The addresses the applications give out are routed to them: the notification service's own (unsubscribe
     * links) and the portal's (the links in its mail), and Keycloak's public hostname (https: not the base's
     * port-forward).
     */
    private void checkPublicAddresses(Map<String, Set<String>> backendsByHost) {
        for (Workload w : r.workloads) {
            for (Map.Entry<String, String> address : Map.of(
                            "notification.public-url", w.name(), "notification.portal-url", PortalRules.PORTAL)
                    .entrySet()) {
                if (w.source().isEmpty() || !w.source().get().knownProperties().contains(address.getKey())) {
                    continue;
                }
                String url = resolved(w, address.getKey());
                String host = host(url);
                if (host == null || host.equals("localhost")) {
                    continue;
                }
                Set<String> services = backendsByHost.getOrDefault(host, Set.of());
                if (!services.contains(address.getValue())) {
                    fail(
                            "Deployment/%s: %s is %s, but no HTTPRoute sends %s to %s (it routes %s)",
                            w.name(),
                            address.getKey(),
                            url,
                            host,
                            address.getValue(),
                            services.isEmpty() ? "nothing" : services);
                }
            }
        }
        for (K8sObject keycloak : m.ofKind("Keycloak")) {
            String hostname = String.valueOf(Yaml.string(keycloak.raw(), "spec", "hostname", "hostname"));
            String host = host(hostname);
            if (!hostname.startsWith("https://") || host == null) {
                continue;
            }
            Set<String> services = backendsByHost.getOrDefault(host, Set.of());
            if (!services.contains(keycloak.name() + "-service")) {
                fail(
                        "%s: its hostname is %s, but no HTTPRoute sends %s to %s-service",
                        keycloak.id(), hostname, host, keycloak.name());
            }
        }
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The property's value as the workload runs with it, one ${name:default} resolved. */
    private String resolved(Workload w, String property) {
        String value = config(w, property, "");
        java.util.regex.Matcher expression = java.util.regex.Pattern.compile("^\\$\\{([^:}]+)(?::([^}]*))?}$")
                .matcher(value);
        if (expression.matches()) {
            value = config(w, expression.group(1), expression.group(2) == null ? "" : expression.group(2));
        }
        return value;
    }

    private boolean admittedAnywhere(Pod self, Pod proxy) {
        for (Object rule : network.rules("Ingress", self)) {
            for (Object peer : Yaml.list(rule, "from")) {
                if (network.peerMatches(peer, r.namespace, proxy)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkListeners(K8sObject gateway) {
        List<Object> listeners = Yaml.list(gateway.raw(), "spec", "listeners");
        if (listeners.isEmpty()) {
            fail("%s: no listeners", gateway.id());
        }
        for (Object listener : listeners) {
            String name = Yaml.string(listener, "name");
            String hostname = Yaml.string(listener, "hostname");
            if (!"HTTPS".equals(Yaml.string(listener, "protocol"))) {
                fail(
                        "%s: listener %s is %s: every listener ends TLS (HTTPS)",
                        gateway.id(), name, Yaml.string(listener, "protocol"));
                continue;
            }
            String mode =
                    Optional.ofNullable(Yaml.string(listener, "tls", "mode")).orElse("Terminate");
            List<Object> certificates = Yaml.list(listener, "tls", "certificateRefs");
            if (!mode.equals("Terminate") || certificates.isEmpty()) {
                fail("%s: listener %s ends no TLS with a certificate Secret (tls.certificateRefs)", gateway.id(), name);
            }
            for (Object reference : certificates) {
                String kind =
                        Optional.ofNullable(Yaml.string(reference, "kind")).orElse("Secret");
                String secret = Yaml.string(reference, "name");
                if (!kind.equals("Secret") || Yaml.string(reference, "namespace") != null) {
                    fail(
                            "%s: listener %s: certificateRef %s is no Secret of this namespace",
                            gateway.id(), name, secret);
                    continue;
                }
                List<K8sObject> issued = m.ofKind("Certificate").stream()
                        .filter(c -> secret.equals(Yaml.string(c.raw(), "spec", "secretName")))
                        .toList();
                for (K8sObject certificate : issued) {
                    List<String> names = Yaml.list(certificate.raw(), "spec", "dnsNames").stream()
                            .map(String::valueOf)
                            .toList();
                    if (hostname == null || names.stream().noneMatch(n -> covers(n, hostname))) {
                        fail(
                                "%s: listener %s serves %s, which %s (Secret %s) does not name",
                                gateway.id(), name, hostname, certificate.id(), secret);
                    }
                }
                if (issued.isEmpty() && m.find("Secret", secret).isEmpty()) {
                    r.externalSecrets.add(secret);
                }
            }
        }
    }

    private void checkParent(K8sObject route, Object parent, List<String> hostnames) {
        String gatewayName = Yaml.string(parent, "name");
        String kind = Optional.ofNullable(Yaml.string(parent, "kind")).orElse("Gateway");
        Optional<K8sObject> gateway = m.find("Gateway", gatewayName);
        if (!kind.equals("Gateway") || gateway.isEmpty()) {
            fail("%s: parentRef %s %s is no rendered Gateway", route.id(), kind, gatewayName);
            return;
        }
        String section = Yaml.string(parent, "sectionName");
        List<Object> listeners = Yaml.list(gateway.get().raw(), "spec", "listeners").stream()
                .filter(l -> section == null || section.equals(Yaml.string(l, "name")))
                .toList();
        if (listeners.isEmpty()) {
            fail("%s: %s has no listener %s", route.id(), gateway.get().id(), section);
            return;
        }
        for (String hostname : hostnames) {
            boolean served = listeners.stream().anyMatch(l -> {
                String listenerHost = Yaml.string(l, "hostname");
                return listenerHost == null || covers(listenerHost, hostname);
            });
            if (!served) {
                fail(
                        "%s: host name %s is served by no listener %s of %s",
                        route.id(),
                        hostname,
                        section == null ? "" : section,
                        gateway.get().id());
            }
        }
    }

    /**
     * The workload whose HTTP port a route's backend reaches (a service or the portal), "keycloak" for Keycloak's
     * Service on its HTTP port; empty, with a finding, when it reaches nothing or a management port.
     */
    private Optional<String> backendTarget(K8sObject route, String serviceName, Integer port, List<Workload> all) {
        Optional<K8sObject> service = m.find("Service", serviceName);
        for (K8sObject keycloak : m.ofKind("Keycloak")) {
            if (serviceName.equals(keycloak.name() + "-service")) {
                int expected = NetworkRules.keycloakPort(keycloak);
                if (port == null || port != expected) {
                    fail(
                            "%s: routes to port %s of %s, whose HTTP port is %d (its management port is never routed)",
                            route.id(), port, serviceName, expected);
                    return Optional.empty();
                }
                return Optional.of("keycloak");
            }
        }
        if (service.isEmpty()) {
            fail("%s: routes to Service/%s, which is not rendered", route.id(), serviceName);
            return Optional.empty();
        }
        Object servicePort = Yaml.list(service.get().raw(), "spec", "ports").stream()
                .filter(p -> port != null && port.equals(Yaml.integer(p, "port")))
                .findFirst()
                .orElse(null);
        if (servicePort == null) {
            fail(
                    "%s: routes to port %s of %s, which has no such port",
                    route.id(), port, service.get().id());
            return Optional.empty();
        }
        Map<String, String> selector = Yaml.strings(service.get().raw(), "spec", "selector");
        for (Workload w : all) {
            if (selector.isEmpty() || !w.podLabels().entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            Object target = Yaml.at(servicePort, "targetPort");
            Integer number = target == null
                    ? port
                    : Optional.ofNullable(Yaml.toInteger(target))
                            .orElse(containerPorts(w).get(target.toString()));
            if (number != null && number == managementPort(w)) {
                fail(
                        "%s: routes to %s port %d, which leads to the management port %d of %s (health, metrics,"
                                + " OpenAPI are never routed)",
                        route.id(), service.get().id(), port, number, w.name());
                return Optional.empty();
            }
            if (number == null || number != httpPort(w)) {
                fail(
                        "%s: routes to %s port %d, which leads to %s of %s, not its HTTP port %d",
                        route.id(), service.get().id(), port, number, w.name(), httpPort(w));
                return Optional.empty();
            }
            return Optional.of(w.name());
        }
        fail(
                "%s: routes to %s, which selects no service's or portal's pods",
                route.id(), service.get().id());
        return Optional.empty();
    }

    private String portName(Workload w, int number) {
        return containerPorts(w).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() == number)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** Whether a host name (or a wildcard such as *.example.org) covers another. */
    static boolean covers(String pattern, String hostname) {
        if (pattern.startsWith("*.")) {
            String suffix = pattern.substring(1);
            return hostname.endsWith(suffix)
                    && hostname.length() > suffix.length()
                    && !hostname.substring(0, hostname.length() - suffix.length())
                            .contains(".");
        }
        return pattern.equals(hostname);
    }
}
