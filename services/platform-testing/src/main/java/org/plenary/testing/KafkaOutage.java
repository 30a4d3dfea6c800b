package org.plenary.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the service under test with Kafka out of reach: its bootstrap address is a {@link TcpProxy} to the
 * real broker, closed until the test calls {@link #restore()}.
 */
public class KafkaOutage implements QuarkusTestResourceLifecycleManager {

    public static final String BROKER = "localhost:9092";
    private static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = new TcpProxy("localhost", 9092);
        return Map.of("kafka.bootstrap.servers", "localhost:" + proxy.port());
    }

    /** Gives Kafka back to the service. */
    public static void restore() {
        proxy.open();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
