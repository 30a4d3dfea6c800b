package org.plenary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's own Kafka clients connect as the channels do: brokers, TLS and SASL, nothing else. */
class KafkaConnectionTest {

    @Test
    void theConnectionSettingsAreTheBrokersAndTheSecuritySettingsAlone() {
        assertThat(KafkaConnection.connectionSettings(Map.of(
                        "bootstrap.servers", "kafka:9093",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                        "ssl.truststore.type", "PEM",
                        "ssl.truststore.location", "/etc/kafka-ca/ca.crt",
                        "value.serializer", "x",
                        "group.id", "y")))
                .containsOnlyKeys(
                        "bootstrap.servers",
                        "security.protocol",
                        "sasl.mechanism",
                        "sasl.jaas.config",
                        "ssl.truststore.type",
                        "ssl.truststore.location");
    }

    @Test
    void theCommandLineToolsReadTheServicesVariables() {
        assertThat(KafkaConnection.fromEnvironment(
                        "kafka:9093",
                        Map.of(
                                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka-ca/ca.crt",
                                "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092",
                                "PATH", "/usr/bin")))
                .isEqualTo(Map.of(
                        "bootstrap.servers", "kafka:9093",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "ssl.truststore.location", "/etc/kafka-ca/ca.crt"));
    }
}
