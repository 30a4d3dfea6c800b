package org.plenary.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.plenary.testing.KafkaEvents;

/**
 * Makes sure the upstream topics exist before the service's consumers subscribe, so that they are assigned
 * partitions at once rather than at the next metadata refresh.
 */
public class UpstreamTopics implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        for (String topic : new String[] {
            Fixtures.APPLICATIONS_TOPIC,
            Fixtures.BODIES_TOPIC,
            Fixtures.SESSIONS_TOPIC,
            Fixtures.REGISTRATIONS_TOPIC,
            Fixtures.PROPOSALS_TOPIC,
            Fixtures.SUBMISSIONS_TOPIC
        }) {
            try (KafkaEvents reader = KafkaEvents.follow(topic, "localhost:9092")) {
                // following a topic creates it when it is missing
            }
        }
        return Map.of();
    }

    @Override
    public void stop() {}
}
