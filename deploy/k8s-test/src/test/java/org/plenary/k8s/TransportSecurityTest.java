package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kafka and PostgreSQL connections are authenticated, authorised and verified: each case changes one thing in the
 * rendered small overlay, which passes, and expects the checker to name what the change opened.
 */
class TransportSecurityTest {

    // ---------------------------------------------------------------- what each service's code needs

    @Test
    void the_side_event_service_needs_its_own_topics_to_write_and_the_others_only_to_read() {
        KafkaUse use = KafkaUse.of(Overlays.REPO.source("side-event-service").orElseThrow(), Overlays.REPO);

        assertThat(use.unreadable()).isEmpty();
        assertThat(use.permissions().keySet())
                .containsExactlyInAnyOrder(
                        "Write topic sideevent.proposal.events",
                        "Describe topic sideevent.proposal.events",
                        "Write topic sideevent.venue.events",
                        "Describe topic sideevent.venue.events",
                        "Write topic side-event-service.dead-letter",
                        "Describe topic side-event-service.dead-letter",
                        "Read topic accreditation.application.events",
                        "Describe topic accreditation.application.events",
                        "Read topic registration.session.events",
                        "Describe topic registration.session.events",
                        "Read topic registration.registration.events",
                        "Describe topic registration.registration.events",
                        "Read group side-event-service",
                        "Describe group plenary-redrive.side-event-service.dead-letter");
    }

    @Test
    void every_service_names_its_topics_so_that_the_check_can_read_them_and_writes_only_its_own() {
        for (Repo.ServiceSpec spec : Overlays.REPO.services()) {
            KafkaUse use = KafkaUse.of(Overlays.REPO.source(spec.name()).orElseThrow(), Overlays.REPO);

            assertThat(use.unreadable()).as(spec.name()).isEmpty();
            assertThat(use.permissions().keySet())
                    .as(spec.name())
                    .filteredOn(p -> p.startsWith("Write topic "))
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(Overlays.REPO.owner(p.substring("Write topic ".length())))
                            .as(p)
                            .contains(spec));
        }
    }

    // ---------------------------------------------------------------- Kafka: ACLs

    @Test
    void a_side_event_pod_allowed_to_write_accreditations_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.acl(m, "side-event-service", "topic", "accreditation.application.events"),
                        "operations")
                .add("Write"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains(
                                "KafkaUser/side-event-service: allows Write on topic accreditation.application.events")
                        .contains("which side-event-service's code does not need"));
    }

    @Test
    void a_consumer_group_the_user_may_not_join_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "KafkaUser", "registration-service").raw(), "spec", "authorization", "acls")
                .remove(Doctored.acl(m, "registration-service", "group", "registration-service")));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("KafkaUser/registration-service: lacks Read on group registration-service")
                        .contains("mp.messaging.incoming.accreditations consumes in this group"));
    }

    @Test
    void a_topic_the_notifications_cannot_read_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.list(
                        Doctored.acl(m, "notification-service", "topic", "submission.submission.events"), "operations")
                .remove("Read"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("KafkaUser/notification-service: lacks Read on topic submission.submission.events"));
    }

    @Test
    void a_prefix_acl_fails_the_check_as_one_permission_too_many() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> resource = Doctored.map(
                    Doctored.acl(m, "submission-service", "topic", "submission.submission.events"), "resource");
            resource.put("name", "submission.");
            resource.put("patternType", "prefix");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("KafkaUser/submission-service: allows Write on topic prefix:submission."))
                .anySatisfy(v -> assertThat(v)
                        .contains("KafkaUser/submission-service: lacks Write on topic submission.submission.events"));
    }

    @Test
    void two_services_on_one_kafka_user_fail_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.env(m, "side-event-service", "KAFKA_SASL_JAAS_CONFIG"), "valueFrom", "secretKeyRef")
                .put("name", "accreditation-service"));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("KafkaUser/accreditation-service: accreditation-service and side-event-service share"
                                + " it"))
                .anySatisfy(v -> assertThat(v).contains("KafkaUser/side-event-service: no service logs in as it"));
    }

    @Test
    void a_cluster_that_does_not_authorise_fails_the_check() {
        List<String> violations = Doctored.small(
                m -> Doctored.map(Doctored.object(m, "Kafka", "plenary").raw(), "spec", "kafka")
                        .remove("authorization"));

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("authorization.type must be simple"));
    }

    @Test
    void a_listener_without_authentication_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            plain.put("name", "plain");
            plain.put("port", 9092);
            plain.put("type", "internal");
            plain.put("tls", false);
            Doctored.list(Doctored.object(m, "Kafka", "plenary").raw(), "spec", "kafka", "listeners")
                    .add(plain);
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("Kafka/plenary: listener plain has no authentication"));
    }

    @Test
    void a_client_without_tls_or_its_login_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Doctored.map(
                            Doctored.object(m, "ConfigMap", "plenary-shared-config")
                                    .raw(),
                            "data")
                    .put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            Doctored.map(Doctored.env(m, "submission-service", "KAFKA_SASL_JAAS_CONFIG"), "valueFrom", "secretKeyRef")
                    .put("key", "password");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/accreditation-service: kafka.security.protocol is SASL_PLAINTEXT"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/submission-service: KAFKA_SASL_JAAS_CONFIG must come from key"
                                + " sasl.jaas.config"));
    }

    @Test
    void brokers_trusted_by_another_ca_fail_the_check() {
        List<String> violations = Doctored.small(m -> {
            for (Object volume : Doctored.list(
                    Doctored.object(m, "Deployment", "registration-service").raw(),
                    "spec",
                    "template",
                    "spec",
                    "volumes")) {
                if ("kafka-ca".equals(Yaml.string(volume, "name"))) {
                    Doctored.map(volume, "secret").put("secretName", "plenary-clients-ca-cert");
                }
            }
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/registration-service: kafka.ssl.truststore.location"
                                + " /etc/plenary/kafka-ca/ca.crt is not key ca.crt of Secret/plenary-cluster-ca-cert"));
    }

    // ---------------------------------------------------------------- PostgreSQL: verify-full

    @Test
    void a_jdbc_url_that_does_not_verify_the_server_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> data = Doctored.map(
                    Doctored.object(m, "ConfigMap", "submission-service-config").raw(), "data");
            data.put(
                    "QUARKUS_DATASOURCE_JDBC_URL",
                    String.valueOf(data.get("QUARKUS_DATASOURCE_JDBC_URL")).replace("verify-full", "require"));
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/submission-service: the JDBC URL Flyway migrates with has sslmode"
                                + " require, not verify-full"));
    }

    @Test
    void a_reactive_client_that_does_not_verify_the_server_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            Map<String, Object> data = Doctored.map(
                    Doctored.object(m, "ConfigMap", "accreditation-service-config")
                            .raw(),
                    "data");
            data.put(
                    "QUARKUS_DATASOURCE_REACTIVE_URL",
                    String.valueOf(data.get("QUARKUS_DATASOURCE_REACTIVE_URL")).replace("?sslmode=verify-full", ""));
            Doctored.map(
                            Doctored.object(m, "ConfigMap", "plenary-shared-config")
                                    .raw(),
                            "data")
                    .put("QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "NONE");
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/accreditation-service: the reactive datasource's sslmode is disable"))
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/notification-service: quarkus.datasource.reactive"
                                + ".hostname-verification-algorithm is NONE"));
    }

    @Test
    void the_ca_private_key_in_a_service_pod_fails_the_check() {
        List<String> violations = Doctored.small(m -> {
            for (Object volume : Doctored.list(
                    Doctored.object(m, "Deployment", "side-event-service").raw(),
                    "spec",
                    "template",
                    "spec",
                    "volumes")) {
                if ("postgres-ca".equals(Yaml.string(volume, "name"))) {
                    Doctored.map(volume, "secret").remove("items");
                }
            }
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/side-event-service: the volume with Secret/plenary-postgres-ca mounts"
                                + " every key, the CA's private key too"));
    }

    @Test
    void a_cluster_that_accepts_connections_without_tls_fails_the_check() {
        List<String> violations = Doctored.small(m -> Doctored.map(
                        Doctored.object(m, "Cluster", "plenary-postgres").raw(), "spec", "postgresql")
                .put("pg_hba", new ArrayList<>(List.of("host all all all scram-sha-256"))));

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("Cluster/plenary-postgres: spec.postgresql.pg_hba has no 'hostnossl all all all"
                                + " reject'"));
    }
}
