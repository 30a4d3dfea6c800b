package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered object reads as its API's typed model; a misspelt field, a value of the wrong type or an unknown
 * kind does not, and the check names it.
 */
class ApiSchemasTest {

    static List<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_object_reads_as_its_api_and_only_the_postgres_and_keycloak_resources_go_unchecked(String overlay) {
        ApiSchemas.Result result = ApiSchemas.check(Overlays.manifests(overlay));

        assertThat(result.violations())
                .as("k8s/overlays/%s:%n  %s", overlay, String.join("\n  ", result.violations()))
                .isEmpty();
        assertThat(result.unchecked())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id)
                        .matches("(Cluster|Database|ScheduledBackup|ObjectStore|Keycloak|KeycloakRealmImport)/.*"));
    }

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of(
                        "a misspelt probe",
                        "        readinessProbe:",
                        "        readinesProbe:",
                        "Deployment/accreditation-service: unknown field .spec.template.spec.containers[0].readinesProbe"),
                Arguments.of(
                        "a number that is not one",
                        "containerPort: 8081",
                        "containerPort: eighty",
                        "Deployment/accreditation-service: does not read as apps/v1/Deployment"),
                Arguments.of(
                        "a misspelt Strimzi field",
                        "    listeners:\n",
                        "    listener:\n",
                        "Kafka/plenary: unknown field .spec.kafka.listener"),
                Arguments.of(
                        "a misspelt kind",
                        "kind: KafkaNodePool",
                        "kind: KafkaNodepool",
                        "KafkaNodepool/dual-role: no API is known for apiVersion/kind kafka.strimzi.io/v1/KafkaNodepool"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typos")
    void a_typo_fails_the_check(String what, String original, String typo, String expected) {
        String doctored = Overlays.smallWithTypo(original, typo);

        assertThat(ApiSchemas.check(Manifests.parse(doctored)).violations())
                .anySatisfy(v -> assertThat(v).contains(expected));
    }
}
