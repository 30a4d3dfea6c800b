package org.plenary.platform;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How this service reaches Kafka, for the clients the platform makes itself (the admin client of the health checks
 * and the relay, the projection rebuild's consumer, the dead-letter tools), so that they connect exactly as the
 * channels do: the broker addresses and the security settings (TLS, SASL and their files) of Quarkus'
 * {@code default-kafka-broker} configuration, i.e. every {@code kafka.*} property or {@code KAFKA_*} variable among
 * {@code bootstrap.servers}, {@code security.*}, {@code sasl.*}, {@code ssl.*} and {@code client.dns.lookup}.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> settings;

    public KafkaConnection(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.settings = connectionSettings(broker);
    }

    /** The connection settings among a client configuration's. */
    public static Map<String, Object> connectionSettings(Map<String, ?> config) {
        Map<String, Object> connection = new TreeMap<>();
        config.forEach((key, value) -> {
            if (key.equals("bootstrap.servers")
                    || key.equals("client.dns.lookup")
                    || key.startsWith("security.")
                    || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        return Map.copyOf(connection);
    }

    /**
     * The connection settings from the environment, as a service reads them ({@code KAFKA_SECURITY_PROTOCOL} is
     * {@code security.protocol}), for the command-line tools; {@code bootstrap} names the brokers.
     */
    public static Map<String, Object> fromEnvironment(String bootstrap, Map<String, String> environment) {
        Map<String, Object> config = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("KAFKA_")) {
                config.put(
                        name.substring("KAFKA_".length())
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '.'),
                        value);
            }
        });
        config.put("bootstrap.servers", bootstrap);
        return connectionSettings(config);
    }

    public Map<String, Object> settings() {
        return settings;
    }

    /** A new client configuration holding the connection settings, to which the client's own are added. */
    public Properties properties() {
        Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }
}
