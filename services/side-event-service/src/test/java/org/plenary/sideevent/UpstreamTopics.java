package org.plenary.sideevent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.plenary.testing.KafkaEvents;

/**
 * Makes sure the registration and accreditation services' topics exist before the service's consumers subscribe (on a broker where
 * {@code deploy/local/plenary infra} has not created them yet), so that they are assigned partitions at once
 * rather than at the next metadata refresh, minutes later.
 */
public class UpstreamTopics implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        for (String topic :
                new String[] {Fixtures.SESSIONS_TOPIC, Fixtures.REGISTRATIONS_TOPIC, Fixtures.ACCREDITATIONS_TOPIC}) {
            try (KafkaEvents reader = KafkaEvents.follow(topic, "localhost:9092")) {
                // following a topic creates it when it is missing
            }
        }
        return Map.of();
    }

    @Override
    public void stop() {}
}
