package org.plenary.platform;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The Kafka admin client the services' checks use: short timeouts, so that a broker away is known quickly. */
public final class KafkaAdmins {

    private KafkaAdmins() {}

    /** An admin client on these connection settings ({@link KafkaConnection}). */
    public static Admin create(java.util.Map<String, Object> connection) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        return Admin.create(props);
    }
}
