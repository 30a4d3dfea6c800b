package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay renders and passes the checks; each overlay does what k8s/README.md says it does. */
class OverlaysTest {

    static List<String> overlays() {
        return Overlays.names();
    }

    @Test
    void there_are_a_small_and_a_production_overlay() {
        assertThat(Overlays.names()).contains("small", "production");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_overlay_passes_every_check(String overlay) {
        ManifestChecker.Result result = new ManifestChecker(Overlays.REPO).run(Overlays.rendered(overlay));
        result.deferred().forEach(note -> System.out.printf("k8s/overlays/%s: deferred: %s%n", overlay, note));
        List<String> violations = result.violations();

        assertThat(violations)
                .as("k8s/overlays/%s:%n  %s", overlay, String.join("\n  ", violations))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_service_and_the_portal_have_a_deployment(String overlay) {
        Set<String> deployments = names(Overlays.manifests(overlay).ofKind("Deployment"));

        assertThat(deployments)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                Overlays.REPO.services().stream().map(Repo.ServiceSpec::name),
                                java.util.stream.Stream.of(PortalRules.PORTAL))
                        .toList());
    }

    @Test
    void small_runs_everything_once_and_generates_its_secrets() {
        Manifests small = Overlays.manifests("small");

        assertThat(small.ofKind("Deployment"))
                .allSatisfy(d -> assertThat(Yaml.integer(d.raw(), "spec", "replicas"))
                        .as(d.id())
                        .isEqualTo(1));
        assertThat(small.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(brokers(small)).isEqualTo(1);
        assertThat(small.ofKind("KafkaTopic"))
                .allSatisfy(t -> assertThat(Yaml.integer(t.raw(), "spec", "replicas"))
                        .as(t.id())
                        .isEqualTo(1));
        assertThat(Yaml.integer(postgres(small).raw(), "spec", "instances")).isEqualTo(1);
        assertThat(names(small.ofKind("Secret")))
                .containsExactlyInAnyOrder(
                        "accreditation-db",
                        "registration-db",
                        "sideevent-db",
                        "submission-db",
                        "notification-db",
                        "notification-unsubscribe",
                        "keycloak-db",
                        "portal-oidc",
                        "notification-keycloak",
                        "plenary-tls");
    }

    @Test
    void production_trusts_its_own_keycloak_hostname_not_the_local_issuer() {
        Manifests production = Overlays.manifests("production");
        K8sObject keycloak = production.ofKind("Keycloak").get(0);
        String issuer = Yaml.string(
                production
                        .find("ConfigMap", "plenary-shared-config")
                        .orElseThrow()
                        .raw(),
                "data",
                "PLENARY_JWT_ISSUER");

        assertThat(issuer).startsWith("https://").doesNotContain("localhost").isEqualTo(KeycloakRules.issuer(keycloak));
        assertThat(Yaml.integer(keycloak.raw(), "spec", "instances")).isGreaterThan(1);
        assertThat(production.ofKind("KeycloakRealmImport")).hasSize(1);
    }

    @Test
    void production_runs_three_replicas_that_scale_and_survive_a_drain() {
        Manifests production = Overlays.manifests("production");
        Set<String> services = names(production.ofKind("Deployment"));

        assertThat(production.ofKind("Deployment"))
                .allSatisfy(d -> assertThat(Yaml.integer(d.raw(), "spec", "replicas"))
                        .as(d.id())
                        .isEqualTo(3));
        assertThat(production.ofKind("HorizontalPodAutoscaler"))
                .allSatisfy(h -> assertThat(Yaml.integer(h.raw(), "spec", "minReplicas"))
                        .as(h.id())
                        .isEqualTo(3))
                .extracting(h -> Yaml.string(h.raw(), "spec", "scaleTargetRef", "name"))
                .containsExactlyInAnyOrderElementsOf(services);
        assertThat(production.ofKind("PodDisruptionBudget"))
                .extracting(p -> Yaml.string(p.raw(), "spec", "selector", "matchLabels", "app.kubernetes.io/name"))
                .containsExactlyInAnyOrderElementsOf(services);
    }

    @Test
    void production_keeps_three_copies_of_every_event_and_of_the_database() {
        Manifests production = Overlays.manifests("production");
        K8sObject kafka = production.ofKind("Kafka").get(0);

        assertThat(brokers(production)).isEqualTo(3);
        assertThat(production.ofKind("KafkaTopic")).isNotEmpty().allSatisfy(t -> {
            assertThat(Yaml.integer(t.raw(), "spec", "replicas")).as(t.id()).isEqualTo(3);
            assertThat(Yaml.toInteger(Yaml.at(t.raw(), "spec", "config", "min.insync.replicas")))
                    .as(t.id())
                    .isEqualTo(2);
        });
        Map<String, Object> config = Yaml.map(kafka.raw(), "spec", "kafka", "config");
        assertThat(Yaml.toInteger(config.get("min.insync.replicas"))).isEqualTo(2);
        assertThat(Yaml.toInteger(config.get("offsets.topic.replication.factor")))
                .isEqualTo(3);
        assertThat(Yaml.toInteger(config.get("default.replication.factor"))).isEqualTo(3);
        assertThat(Yaml.integer(postgres(production).raw(), "spec", "instances"))
                .isEqualTo(3);
    }

    @Test
    void production_commits_no_secret() {
        assertThat(Overlays.manifests("production").ofKind("Secret")).isEmpty();
    }

    @Test
    void topics_carrying_state_are_compacted() {
        Map<String, String> policies = Overlays.manifests("production").ofKind("KafkaTopic").stream()
                .collect(Collectors.toMap(
                        t -> Yaml.string(t.raw(), "spec", "topicName"),
                        t -> Yaml.string(t.raw(), "spec", "config", "cleanup.policy")));

        Overlays.REPO
                .topics()
                .forEach(line ->
                        assertThat(policies.get(line.name())).as(line.name()).isEqualTo(line.cleanupPolicy()));
        assertThat(policies).containsEntry("accreditation.body.events", "compact");
    }

    private static Set<String> names(List<K8sObject> objects) {
        return objects.stream().map(K8sObject::name).collect(Collectors.toSet());
    }

    private static int brokers(Manifests manifests) {
        return manifests.ofKind("KafkaNodePool").stream()
                .filter(p -> Yaml.list(p.raw(), "spec", "roles").contains("broker"))
                .mapToInt(p -> Yaml.integer(p.raw(), "spec", "replicas"))
                .sum();
    }

    private static K8sObject postgres(Manifests manifests) {
        return manifests.ofKind("Cluster").get(0);
    }

    @Test
    void keycloak_s_pool_counts_in_production_s_connection_budget() {
        Manifests production = Overlays.manifests("production");
        Doctored.map(Doctored.object(production, "Keycloak", "plenary-keycloak").raw(), "spec", "db")
                .remove("poolMaxSize");

        assertThat(new ManifestChecker(Overlays.REPO).run(production).violations())
                .anySatisfy(v -> assertThat(v)
                        .contains("Cluster/plenary-postgres: the services may open 590 connections")
                        .contains("Keycloak/plenary-keycloak 2x100"));
    }
}
