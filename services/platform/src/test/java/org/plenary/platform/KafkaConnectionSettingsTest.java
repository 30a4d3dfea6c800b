package org.plenary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service's Kafka configuration, security settings included, is what the platform's own clients connect with. */
@QuarkusTest
class KafkaConnectionSettingsTest {

    @Inject
    KafkaConnection kafka;

    @Test
    void theBrokersAndTheSecurityProtocolOfTheConfigurationReachThePlatformsClients() {
        assertThat(kafka.settings())
                .containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("security.protocol", "PLAINTEXT")
                .doesNotContainKey("group.id");
    }
}
