package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker fails for real: each case takes the rendered small overlay, which passes, makes one typo of the
 * kind that would crash-loop a pod or leave it unready, and expects the checker to name it.
 */
class ManifestCheckerTest {

    private final ManifestChecker checker = new ManifestChecker(Overlays.REPO);

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of(
                        "a misspelt property",
                        "QUARKUS_DATASOURCE_REACTIVE_URL: postgresql://plenary-postgres-rw:5432/accreditation",
                        "QUARKUS_DATASOURCE_REACTIVE_URI: postgresql://plenary-postgres-rw:5432/accreditation",
                        "environment variable QUARKUS_DATASOURCE_REACTIVE_URI (from ConfigMap/accreditation-service-config)"
                                + " maps to no configuration property"),
                Arguments.of(
                        "a probe path the service does not answer",
                        "path: /q/health/ready",
                        "path: /q/health/readiness",
                        "readinessProbe calls /q/health/readiness, the service answers on /q/health/ready"),
                Arguments.of(
                        "a probe on the HTTP port, which the Gateway routes",
                        "path: /q/health/ready\n            port: management",
                        "path: /q/health/ready\n            port: http",
                        "Deployment/accreditation-service: readinessProbe calls port 8081, the service answers on 9081"),
                Arguments.of(
                        "the management port open to the Gateway's proxy",
                        "kubernetes.io/metadata.name: monitoring\n      podSelector:\n        matchLabels:\n"
                                + "          app.kubernetes.io/name: prometheus",
                        "kubernetes.io/metadata.name: envoy-gateway-system\n      podSelector:\n        matchLabels:\n"
                                + "          gateway.envoyproxy.io/owning-gateway-name: plenary",
                        "Deployment/accreditation-service: a NetworkPolicy lets envoy-gateway-system"
                                + " {gateway.envoyproxy.io/owning-gateway-name=plenary,"
                                + " gateway.envoyproxy.io/owning-gateway-namespace=plenary}, which calls its HTTP"
                                + " port, reach its management port 9081"),
                Arguments.of(
                        "the Service's http port on the management port",
                        "  - name: http\n    port: 8081\n    protocol: TCP\n    targetPort: http",
                        "  - name: http\n    port: 8081\n    protocol: TCP\n    targetPort: management",
                        "Service/accreditation-service: its port http leads to the management port 9081"),
                Arguments.of(
                        "a container port the service does not listen on",
                        "containerPort: 8081",
                        "containerPort: 8080",
                        "Deployment/accreditation-service: the container declares ports [8080, 9081], but the"
                                + " service listens on 8081"),
                Arguments.of(
                        "a misspelt login Secret",
                        "key: password\n              name: sideevent-db",
                        "key: password\n              name: sideevnt-db",
                        "QUARKUS_DATASOURCE_PASSWORD must come from key password of Secret/sideevent-db"),
                Arguments.of(
                        "a database Flyway would not migrate",
                        "jdbc:postgresql://plenary-postgres-rw:5432/registration",
                        "jdbc:postgresql://plenary-postgres-rw:5432/registrations",
                        "Deployment/registration-service: the reactive URL"),
                Arguments.of(
                        "a topic without its KafkaTopic",
                        "topicName: accreditation.body.events",
                        "topicName: accreditation.bodies.events",
                        "Topic accreditation.body.events (deploy/topics.conf) has no KafkaTopic"),
                Arguments.of(
                        "the wrong Kafka port",
                        "KAFKA_BOOTSTRAP_SERVERS: plenary-kafka-bootstrap:9093",
                        "KAFKA_BOOTSTRAP_SERVERS: plenary-kafka-bootstrap:9092",
                        "Kafka bootstrap server plenary-kafka-bootstrap:9092 is not the TLS listener"),
                Arguments.of(
                        "a min.insync.replicas no topic can meet",
                        "    min.insync.replicas: 1\n    retention.ms: \"-1\"\n  partitions: 1",
                        "    min.insync.replicas: 2\n    retention.ms: \"-1\"\n  partitions: 1",
                        "min.insync.replicas 2 exceeds its 1 replicas"),
                Arguments.of(
                        "/tmp on the read-only root filesystem",
                        "- mountPath: /tmp\n          name: tmp",
                        "- mountPath: /var/tmp\n          name: tmp",
                        "the root filesystem is read-only and /tmp is no writable emptyDir"),
                Arguments.of(
                        "too few PostgreSQL connections for the pools and the relay's listening one",
                        "max_connections: \"200\"",
                        "max_connections: \"60\"",
                        "accreditation-service 1x13"),
                Arguments.of(
                        "the JWKS of another realm",
                        "realms/plenary/protocol/openid-connect/certs",
                        "realms/master/protocol/openid-connect/certs",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION is http://plenary-keycloak-service:8080/realms/master/"),
                Arguments.of(
                        "an issuer Keycloak does not write",
                        "PLENARY_JWT_ISSUER: http://localhost:8180/realms/plenary",
                        "PLENARY_JWT_ISSUER: http://localhost:8080/realms/plenary",
                        "PLENARY_JWT_ISSUER is http://localhost:8080/realms/plenary, not"),
                Arguments.of(
                        "Keycloak on a database the cluster does not have",
                        "database: keycloak",
                        "database: keycloack",
                        "database keycloack is not a database of Cluster/plenary-postgres"),
                Arguments.of(
                        "a password grant in the cluster's realm",
                        "directAccessGrantsEnabled: false",
                        "directAccessGrantsEnabled: true",
                        "client plenary-portal allows the password grant"),
                Arguments.of(
                        "a service account with a password in the cluster's realm",
                        "realmRoles: []\n      serviceAccountClientId: plenary-portal",
                        "realmRoles: []\n      credentials:\n      - type: password\n        value: x\n"
                                + "      serviceAccountClientId: plenary-portal",
                        "service account service-account-plenary-portal has credentials"),
                Arguments.of(
                        "a user who is no service account in the cluster's realm",
                        "serviceAccountClientId: plenary-portal\n",
                        "email: someone@example.org\n",
                        "imports user service-account-plenary-portal: demo users"),
                Arguments.of(
                        "Keycloak closed to the services fetching its JWKS",
                        "component: service\n          app.kubernetes.io/part-of: plenary\n    - podSelector:",
                        "component: services\n          app.kubernetes.io/part-of: plenary\n    - podSelector:",
                        "no NetworkPolicy lets Keycloak/plenary-keycloak admit it on 8080"));
    }

    @Test
    void the_rendered_small_overlay_passes() {
        assertThat(checker.check(Overlays.rendered("small"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typos")
    void a_typo_fails_the_check(String what, String original, String typo, String expected) {
        String doctored = Overlays.smallWithTypo(original, typo);

        assertThat(checker.check(doctored)).anySatisfy(v -> assertThat(v).contains(expected));
    }

    @Test
    void a_service_that_may_call_another_fails_the_check() {
        String rendered = Overlays.rendered("small");
        // The egress rule to PostgreSQL loses its peer and port: it now allows every destination.
        String open = rendered.replace(
                "  - ports:\n    - port: 5432\n      protocol: TCP\n    to:\n    - podSelector:\n        matchLabels:\n"
                        + "          cnpg.io/cluster: plenary-postgres\n",
                "  - {}\n");
        assertThat(open).isNotEqualTo(rendered);

        assertThat(checker.check(open)).anySatisfy(v -> assertThat(v).contains("services never call each other"));
    }

    @Test
    void a_route_to_the_management_port_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(Doctored.list(
                                Doctored.list(
                                                Doctored.object(m, "HTTPRoute", "accreditation-service")
                                                        .raw(),
                                                "spec",
                                                "rules")
                                        .get(0),
                                "backendRefs")
                        .get(0))
                .put("port", 9081));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/accreditation-service routes to Service/accreditation-service port"
                                + " management, which leads to the management port 9081"))
                .anySatisfy(v -> assertThat(v)
                        .contains("HTTPRoute/accreditation-service: routes to Service/accreditation-service port 9081,"
                                + " which leads to the management port 9081"));
    }

    @Test
    void an_ingress_beside_the_gateway_fails_the_check() {
        String ingress = "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: plenary-api\n"
                + "  namespace: plenary\nspec:\n  rules:\n  - host: api.plenary.example.org\n    http:\n      paths:\n"
                + "      - path: /\n        pathType: Prefix\n        backend:\n          service:\n"
                + "            name: accreditation-service\n            port:\n              %s\n";
        String rendered = Overlays.rendered("small");

        assertThat(checker.check(rendered + ingress.formatted("name: management")))
                .anySatisfy(v -> assertThat(v)
                        .contains("Ingress/plenary-api routes to Service/accreditation-service port management, which"
                                + " leads to the management port 9081"));
        assertThat(checker.check(rendered + ingress.formatted("name: http")))
                .containsExactly("Ingress/plenary-api: traffic comes in through the Gateway's HTTPRoutes only (one way"
                        + " in for all)");
    }

    @Test
    void a_service_without_egress_to_kafka_fails_the_check() {
        String rendered = Overlays.rendered("small");
        String closed = rendered.replace("strimzi.io/broker-role: \"true\"", "strimzi.io/broker-role: \"yes\"");
        assertThat(closed).isNotEqualTo(rendered);

        assertThat(checker.check(closed))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/submission-service: no NetworkPolicy lets it reach the Kafka brokers"));
    }

    @Test
    void properties_map_to_environment_variables_the_way_smallrye_config_does() {
        assertThat(ServiceSource.toEnv("quarkus.datasource.reactive.url")).isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
        assertThat(ServiceSource.toEnv("sideevent.standard-slots.morning"))
                .isEqualTo("SIDEEVENT_STANDARD_SLOTS_MORNING");
        assertThat(ServiceSource.toEnv("mp.jwt.verify.publickey.location"))
                .isEqualTo("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }
}
