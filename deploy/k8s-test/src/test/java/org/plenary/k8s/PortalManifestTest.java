package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal runs beside the services: checked like one, and as the one workload allowed to call them. Each case
 * changes one thing in the rendered small overlay, which passes, and expects the checker to name it.
 */
class PortalManifestTest {

    private static final Map<String, String> NOTIFICATIONS = Map.of("app.kubernetes.io/name", "notification-service");
    private static final Map<String, String> PORTAL = Map.of("app.kubernetes.io/name", "portal");

    @Test
    void every_overlay_runs_the_portal_behind_its_route_with_its_client_secret_by_reference() {
        for (String overlay : Overlays.names()) {
            Manifests manifests = Overlays.manifests(overlay);
            Map<String, Object> secret = Doctored.map(
                    Doctored.env(manifests, PortalRules.PORTAL, "PORTAL_OIDC_SECRET"), "valueFrom", "secretKeyRef");

            assertThat(secret).as(overlay).containsEntry("name", "portal-oidc").containsEntry("key", "secret");
            assertThat(manifests.find("HTTPRoute", PortalRules.PORTAL))
                    .as(overlay)
                    .isPresent();
            assertThat(manifests.ofKind("Ingress")).as(overlay).isEmpty();
        }
        assertThat(Doctored.list(
                        Doctored.object(Overlays.manifests("production"), "HTTPRoute", "portal")
                                .raw(),
                        "spec",
                        "hostnames"))
                .containsExactly("plenary.example.org");
    }

    @Test
    void a_portal_that_may_call_a_service_no_rest_client_names_fails_the_check() {
        List<String> violations = Doctored.small(
                m -> Doctored.list(Doctored.object(m, "NetworkPolicy", "portal").raw(), "spec", "egress")
                        .add(Doctored.rule("to", NOTIFICATIONS, 8085)));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: a NetworkPolicy lets it call notification-service, which no REST"
                                + " client of the portal names"));
    }

    @Test
    void a_service_that_does_not_admit_the_portal_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "NetworkPolicy", "side-event-service")
                                .raw(),
                        "spec",
                        "ingress")
                .remove(1));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: no NetworkPolicy lets side-event-service admit the portal on"
                                + " 8083"));
    }

    @Test
    void the_exception_is_the_portal_s_only_a_service_admitting_another_still_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "NetworkPolicy", "registration-service")
                                .raw(),
                        "spec",
                        "ingress")
                .add(Doctored.rule("from", NOTIFICATIONS, 8082)));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/registration-service: a NetworkPolicy admits notification-service:"
                                + " services never call each other"));
    }

    @Test
    void a_portal_reachable_on_another_port_than_its_pages_fails_the_check() {
        List<String> violations = Doctored.small(
                m -> Doctored.list(Doctored.object(m, "NetworkPolicy", "portal").raw(), "spec", "ingress")
                        .add(Doctored.rule("from", Map.of("app.kubernetes.io/name", "envoy"), 5005)));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: a NetworkPolicy admits ports")
                        .contains("not only its HTTP port 8080"));
    }

    @Test
    void a_service_that_may_call_the_portal_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "NetworkPolicy", "accreditation-service")
                                .raw(),
                        "spec",
                        "egress")
                .add(Doctored.rule("to", PORTAL, 8080)));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: a NetworkPolicy lets accreditation-service call the portal"));
    }

    @Test
    void a_portal_with_a_database_or_kafka_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("name", "KAFKA_BOOTSTRAP_SERVERS");
            variable.put("value", "plenary-kafka-bootstrap:9093");
            Doctored.list(Doctored.container(m, PortalRules.PORTAL), "env").add(variable);
            // Labelled as a service, PostgreSQL's and Kafka's peers admit it.
            Doctored.map(
                            Doctored.object(m, "Deployment", PortalRules.PORTAL).raw(),
                            "spec",
                            "template",
                            "metadata",
                            "labels")
                    .put("app.kubernetes.io/component", "service");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: sets KAFKA_BOOTSTRAP_SERVERS (from value): the portal has no"
                                + " database and no Kafka"))
                .anySatisfy(v ->
                        assertThat(v).contains("Deployment/portal: PostgreSQL (Cluster/plenary-postgres) admits it"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: the networkPolicyPeers of Kafka/plenary's TLS listener admit"
                                + " it"));
    }

    @Test
    void a_client_secret_written_in_the_manifest_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> variable = Doctored.env(m, PortalRules.PORTAL, "PORTAL_OIDC_SECRET");
            variable.remove("valueFrom");
            variable.put("value", "not-a-secret-any-more");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: PORTAL_OIDC_SECRET comes from value: the client secret belongs"
                                + " in a Secret"));
    }

    @Test
    void a_portal_looking_for_keycloak_at_localhost_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.object(m, "ConfigMap", "portal-config").raw(), "data")
                .put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/plenary"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: quarkus.oidc.auth-server-url is http://localhost:8180/realms/"
                                + "plenary; inside the cluster the realm is"
                                + " http://plenary-keycloak-service:8080/realms/plenary"));
    }

    @Test
    void a_portal_expecting_another_issuer_than_the_services_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> issuer = Doctored.env(m, PortalRules.PORTAL, "QUARKUS_OIDC_TOKEN_ISSUER");
            issuer.remove("valueFrom");
            issuer.put("value", "http://localhost:8180/realms/master");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: quarkus.oidc.token.issuer is http://localhost:8180/realms/master,"
                                + " not http://localhost:8180/realms/plenary"));
    }

    @Test
    void a_rest_client_at_localhost_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.object(m, "ConfigMap", "portal-config").raw(), "data")
                .remove("QUARKUS_REST_CLIENT_SUBMISSION_URL"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: quarkus.rest-client.submission.url is http://localhost:8084,"
                                + " which is no service's Service"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: a NetworkPolicy lets it call submission-service, which no REST"
                                + " client of the portal names"));
    }

    @Test
    void a_portal_no_route_reaches_fails_the_check() {
        List<String> violations = Doctored.small(
                m -> Doctored.list(Doctored.object(m, "HTTPRoute", "portal").raw(), "spec", "rules")
                        .clear());

        assertThat(violations)
                .anySatisfy(
                        v -> assertThat(v).contains("Deployment/portal: no HTTPRoute reaches its Service's HTTP port"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/portal: a NetworkPolicy admits the Gateway's proxy, but no HTTPRoute"
                                + " reaches it"));
    }

    @Test
    void the_portal_names_no_extension_of_a_database_or_of_kafka_and_the_services_do() {
        assertThat(Overlays.REPO.source(PortalRules.PORTAL).orElseThrow().artifactIds())
                .noneMatch(a -> PortalRules.DATA_OR_KAFKA.matcher(a).matches())
                .contains("quarkus-oidc");
        assertThat(Overlays.REPO.source("submission-service").orElseThrow().artifactIds())
                .anyMatch(a -> PortalRules.DATA_OR_KAFKA.matcher(a).matches());
        assertThat(List.of("quarkus-messaging-kafka", "quarkus-reactive-pg-client", "quarkus-jdbc-postgresql"))
                .allMatch(a -> PortalRules.DATA_OR_KAFKA.matcher(a).matches());
        assertThat(List.of("quarkus-hibernate-validator", "quarkus-rest-client-jackson", "quarkus-oidc-client"))
                .noneMatch(a -> PortalRules.DATA_OR_KAFKA.matcher(a).matches());
    }

    @Test
    void the_portal_is_held_to_the_services_security_context() {
        List<String> violations =
                Doctored.small(m -> Doctored.map(Doctored.container(m, PortalRules.PORTAL), "securityContext")
                        .put("readOnlyRootFilesystem", false));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("Deployment/portal: readOnlyRootFilesystem is not true"));
    }
}
