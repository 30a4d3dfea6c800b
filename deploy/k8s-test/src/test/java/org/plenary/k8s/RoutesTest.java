package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Traffic in: one Gateway, HTTPS only, and an HTTPRoute per application on a host name of its own, to its HTTP port
 * and never its management port; the NetworkPolicies follow the routes. Each case changes one thing in the rendered
 * small overlay, which passes, and expects the checker to name it.
 */
class RoutesTest {

    @Test
    void every_overlay_routes_the_portal_and_the_apis_each_on_a_host_of_its_own_over_tls() {
        for (String overlay : Overlays.names()) {
            Manifests manifests = Overlays.manifests(overlay);
            Map<String, String> hostToService = new TreeMap<>();
            for (K8sObject route : manifests.ofKind("HTTPRoute")) {
                String service = Yaml.string(
                        Doctored.list(
                                        Doctored.list(route.raw(), "spec", "rules")
                                                .get(0),
                                        "backendRefs")
                                .get(0),
                        "name");
                Doctored.list(route.raw(), "spec", "hostnames")
                        .forEach(h -> assertThat(hostToService.put(h.toString(), service))
                                .as(overlay + ": " + h)
                                .isNull());
            }

            assertThat(hostToService.values())
                    .as(overlay)
                    .contains(
                            "portal",
                            "accreditation-service",
                            "registration-service",
                            "side-event-service",
                            "submission-service")
                    .doesNotHaveDuplicates();
            assertThat(manifests.ofKind("Gateway")).hasSize(1);
            assertThat(Doctored.list(manifests.ofKind("Gateway").get(0).raw(), "spec", "listeners"))
                    .allSatisfy(l -> {
                        assertThat(Yaml.string(l, "protocol")).isEqualTo("HTTPS");
                        assertThat(Yaml.string(
                                        Doctored.list(l, "tls", "certificateRefs")
                                                .get(0),
                                        "name"))
                                .isEqualTo("plenary-tls");
                    });
        }
    }

    @Test
    void production_has_cert_manager_make_the_certificate_for_every_host_name() {
        Manifests production = Overlays.manifests("production");
        K8sObject certificate = Doctored.object(production, "Certificate", "plenary-tls");
        Set<String> hosts = new TreeSet<>();
        Doctored.list(production.ofKind("Gateway").get(0).raw(), "spec", "listeners")
                .forEach(l -> hosts.add(Yaml.string(l, "hostname")));

        assertThat(Yaml.string(certificate.raw(), "spec", "secretName")).isEqualTo("plenary-tls");
        assertThat(Doctored.list(certificate.raw(), "spec", "dnsNames")).containsExactlyInAnyOrderElementsOf(hosts);
        assertThat(production.find("Secret", "plenary-tls")).isEmpty();

        Doctored.list(certificate.raw(), "spec", "dnsNames").remove("registration.plenary.example.org");
        assertThat(new ManifestChecker(Overlays.REPO).run(production).violations())
                .anySatisfy(v -> assertThat(v)
                        .contains("Gateway/plenary: listener registration serves registration.plenary.example.org,"
                                + " which Certificate/plenary-tls (Secret plenary-tls) does not name"));
    }

    @Test
    void a_route_to_a_service_or_port_that_does_not_exist_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            backend(m, "registration-service").put("name", "registrations");
            backend(m, "side-event-service").put("port", 80);
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/registration-service: routes to Service/registrations, which is not"
                                + " rendered"))
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/side-event-service: routes to port 80 of Service/side-event-service,"
                                + " which has no such port"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/registration-service: no HTTPRoute reaches its Service's HTTP port"));
    }

    @Test
    void two_applications_on_one_host_name_fail_the_check() {
        List<String> violations = Doctored.small(m -> {
            K8sObject route = Doctored.object(m, "HTTPRoute", "side-event-service");
            Doctored.list(route.raw(), "spec", "hostnames").set(0, "registration.plenary.example.org");
            Doctored.map(Doctored.list(route.raw(), "spec", "parentRefs").get(0))
                    .put("sectionName", "registration");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Host name registration.plenary.example.org leads to [registration-service,"
                                + " side-event-service]"));
    }

    @Test
    void a_route_no_listener_serves_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            K8sObject route = Doctored.object(m, "HTTPRoute", "submission-service");
            Doctored.list(route.raw(), "spec", "hostnames").set(0, "files.plenary.example.org");
            Doctored.map(Doctored.list(
                                    Doctored.object(m, "HTTPRoute", "accreditation-service")
                                            .raw(),
                                    "spec",
                                    "parentRefs")
                            .get(0))
                    .put("name", "public");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/submission-service: host name files.plenary.example.org is served by no"
                                + " listener submissions of Gateway/plenary"))
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/accreditation-service: parentRef Gateway public is no rendered Gateway"));
    }

    @Test
    void a_listener_without_tls_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> listener = Doctored.map(
                    Doctored.list(Doctored.object(m, "Gateway", "plenary").raw(), "spec", "listeners")
                            .get(0));
            listener.put("protocol", "HTTP");
            listener.put("port", 80);
            listener.remove("tls");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Gateway/plenary: listener portal is HTTP: every listener ends TLS (HTTPS)"));
    }

    @Test
    void a_routed_service_whose_policy_shuts_the_gateway_out_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "NetworkPolicy", "registration-service")
                                .raw(),
                        "spec",
                        "ingress")
                .remove(0));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/registration-service: an HTTPRoute reaches it, but no NetworkPolicy"
                                + " admits the Gateway's proxy (namespace envoy-gateway-system) on its HTTP port"
                                + " 8082"));
    }

    @Test
    void a_policy_admitting_the_gateway_where_no_route_leads_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "HTTPRoute", "notification-service").raw(), "spec", "rules")
                .clear());

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/notification-service: a NetworkPolicy admits the Gateway's proxy, but no"
                                + " HTTPRoute reaches it"));
    }

    @Test
    void a_listener_certificate_that_is_neither_rendered_nor_documented_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(Doctored.list(
                                Doctored.map(Doctored.list(
                                                Doctored.object(m, "Gateway", "plenary")
                                                        .raw(),
                                                "spec",
                                                "listeners")
                                        .get(1)),
                                "tls",
                                "certificateRefs")
                        .get(0))
                .put("name", "api-tls"));

        assertThat(violations)
                .contains("Secret/api-tls is referenced but neither rendered nor documented in k8s/README.md");
    }

    @Test
    void an_address_given_out_that_no_route_serves_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> data = Doctored.map(
                    Doctored.object(m, "ConfigMap", "notification-service-config")
                            .raw(),
                    "data");
            data.put("PUBLIC_URL", "https://mail.plenary.example.org");
            data.put("PORTAL_URL", "https://accreditation.plenary.example.org");
        });

        assertThat(violations)
                .contains(
                        "Deployment/notification-service: notification.public-url is https://mail.plenary.example.org,"
                                + " but no HTTPRoute sends mail.plenary.example.org to notification-service (it routes nothing)")
                .contains("Deployment/notification-service: notification.portal-url is"
                        + " https://accreditation.plenary.example.org, but no HTTPRoute sends"
                        + " accreditation.plenary.example.org to portal (it routes [accreditation-service])");

        Manifests production = Overlays.manifests("production");
        Doctored.map(Doctored.object(production, "Keycloak", "plenary-keycloak").raw(), "spec", "hostname")
                .put("hostname", "https://login.plenary.example.org");
        assertThat(new ManifestChecker(Overlays.REPO).run(production).violations())
                .contains("Keycloak/plenary-keycloak: its hostname is https://login.plenary.example.org, but no"
                        + " HTTPRoute sends login.plenary.example.org to plenary-keycloak-service");
    }

    private static Map<String, Object> backend(Manifests m, String route) {
        return Doctored.map(Doctored.list(
                        Doctored.list(Doctored.object(m, "HTTPRoute", route).raw(), "spec", "rules")
                                .get(0),
                        "backendRefs")
                .get(0));
    }
}
