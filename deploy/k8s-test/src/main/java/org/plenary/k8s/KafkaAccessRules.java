package org.plenary.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.plenary.k8s.Rendering.EnvValue;
import org.plenary.k8s.Rendering.Workload;

/**
 * Who may do what on Kafka. The cluster authorises every request (authorization simple) and has no listener without
 * authentication; each service connects to the TLS listener with SASL_SSL and SCRAM-SHA-512 as a KafkaUser of its
 * own, trusting the cluster CA's certificate; and that user's ACLs are exactly what the service's code needs
 * ({@link KafkaUse}): a permission missing stops the service, one too many lets a compromised pod write events that
 * are not its own (a side-event pod forging {@code accreditation.application.events}).
 */
final class KafkaAccessRules extends Rules {

    static final String MECHANISM = "SCRAM-SHA-512";
    static final String JAAS_VARIABLE = "KAFKA_SASL_JAAS_CONFIG";
    /** The key of the Secret Strimzi makes for a SCRAM-SHA-512 KafkaUser that holds the JAAS line. */
    static final String JAAS_KEY = "sasl.jaas.config";

    /** The KafkaUser each checked service logs in as, to find the users no service uses. */
    private final Map<String, String> usedBy = new TreeMap<>();

    KafkaAccessRules(Rendering r) {
        super(r);
    }

    private Optional<K8sObject> cluster() {
        return r.kafka == null ? Optional.empty() : m.find("Kafka", r.kafka.name());
    }

    /** Authorization on, every listener authenticated, the user operator running, the client listener TLS + SCRAM. */
    void checkCluster() {
        cluster().ifPresent(cluster -> {
            if (!"simple".equals(Yaml.string(cluster.raw(), "spec", "kafka", "authorization", "type"))) {
                fail(
                        "%s: spec.kafka.authorization.type must be simple: without it every client may read and"
                                + " write every topic, whatever its KafkaUser's ACLs say",
                        cluster.id());
            }
            for (Object listener : Yaml.list(cluster.raw(), "spec", "kafka", "listeners")) {
                if (Yaml.at(listener, "authentication") == null) {
                    fail(
                            "%s: listener %s has no authentication: its clients are ANONYMOUS and no ACL tells"
                                    + " them apart",
                            cluster.id(), Yaml.string(listener, "name"));
                }
            }
            if (Yaml.at(cluster.raw(), "spec", "entityOperator", "userOperator") == null) {
                fail("%s: no entityOperator.userOperator, so no KafkaUser gets its password or ACLs", cluster.id());
            }
            Object listener = r.kafka.clientListener();
            if (listener != null && !"scram-sha-512".equals(Yaml.string(listener, "authentication", "type"))) {
                fail(
                        "%s: listener %s authenticates with %s; the services log in with SCRAM-SHA-512",
                        cluster.id(), Yaml.string(listener, "name"), Yaml.string(listener, "authentication", "type"));
            }
        });
    }

    /** The service's client settings: TLS against the cluster CA, SCRAM as its own KafkaUser. */
    void checkClient(Workload w) {
        if (r.kafka == null) {
            return;
        }
        String id = w.deployment().id();
        String protocol = config(w, "kafka.security.protocol", "PLAINTEXT");
        if (!"SASL_SSL".equals(protocol)) {
            fail("%s: kafka.security.protocol is %s; the TLS listener wants SASL_SSL", id, protocol);
        }
        String mechanism = config(w, "kafka.sasl.mechanism", "GSSAPI");
        if (!MECHANISM.equals(mechanism)) {
            fail("%s: kafka.sasl.mechanism is %s, not %s", id, mechanism, MECHANISM);
        }
        String hostCheck = config(w, "kafka.ssl.endpoint.identification.algorithm", "https");
        if (!"https".equalsIgnoreCase(hostCheck)) {
            fail(
                    "%s: kafka.ssl.endpoint.identification.algorithm is '%s': the brokers' names go unchecked",
                    id, hostCheck);
        }
        String caSecret = r.kafka.name() + "-cluster-ca-cert";
        String type = config(w, "kafka.ssl.truststore.type", "JKS");
        String location = config(w, "kafka.ssl.truststore.location", null);
        if (!"PEM".equalsIgnoreCase(type) || location == null) {
            fail(
                    "%s: kafka.ssl.truststore.type must be PEM and kafka.ssl.truststore.location the file ca.crt of"
                            + " Secret/%s (the cluster CA), not %s %s",
                    id, caSecret, type, location);
        } else {
            Optional<SecretFile> file = secretFile(w, location);
            if (file.isEmpty()
                    || !file.get().secret().equals(caSecret)
                    || !"ca.crt".equals(file.get().key())) {
                fail(
                        "%s: kafka.ssl.truststore.location %s is not key ca.crt of Secret/%s (the cluster CA) on a"
                                + " volume: %s",
                        id, location, caSecret, file.map(Object::toString).orElse("no Secret volume provides it"));
            } else {
                r.externalSecrets.add(caSecret);
            }
        }
        EnvValue jaas = w.env().get(JAAS_VARIABLE);
        if (jaas == null || jaas.secret() == null || !JAAS_KEY.equals(jaas.key())) {
            fail(
                    "%s: %s must come from key %s of the Secret of the service's KafkaUser, not %s",
                    id, JAAS_VARIABLE, JAAS_KEY, jaas == null ? "nowhere" : jaas.origin() + " " + jaas.key());
        }
    }

    /** The service's KafkaUser grants exactly what its code needs. */
    void checkAcls(Workload w) {
        if (r.kafka == null || w.source().isEmpty()) {
            return;
        }
        String id = w.deployment().id();
        EnvValue jaas = w.env().get(JAAS_VARIABLE);
        if (jaas == null || jaas.secret() == null) {
            return; // reported by checkClient
        }
        String userName = jaas.secret();
        Optional<K8sObject> found = m.find("KafkaUser", userName);
        if (found.isEmpty()) {
            fail(
                    "%s: logs in to Kafka as %s, but no KafkaUser %s is rendered (Strimzi makes its Secret)",
                    id, userName, userName);
            return;
        }
        K8sObject user = found.get();
        String other = usedBy.put(userName, w.name());
        if (other != null) {
            fail("%s: %s and %s share it: each service logs in as its own user", user.id(), other, w.name());
        }
        if (!r.kafka.name().equals(user.labels().get("strimzi.io/cluster"))) {
            fail("%s: label strimzi.io/cluster must be %s, or the user operator ignores it", user.id(), r.kafka.name());
        }
        if (!"scram-sha-512".equals(Yaml.string(user.raw(), "spec", "authentication", "type"))) {
            fail(
                    "%s: authentication %s; its service logs in with SCRAM-SHA-512",
                    user.id(), Yaml.string(user.raw(), "spec", "authentication", "type"));
        }
        if (!"simple".equals(Yaml.string(user.raw(), "spec", "authorization", "type"))) {
            fail("%s: spec.authorization.type must be simple, with the service's ACLs", user.id());
            return;
        }
        KafkaUse use = KafkaUse.of(w.source().get(), repo);
        for (String place : use.unreadable()) {
            fail("%s: cannot tell which topic %s uses: name it with an event-contracts constant", id, place);
        }
        Map<String, String> granted = granted(user);
        Set<String> needed = use.permissions().keySet();
        for (String permission : needed) {
            if (!granted.containsKey(permission)) {
                fail(
                        "%s: lacks %s, which %s needs (%s)",
                        user.id(),
                        readable(permission),
                        w.name(),
                        use.permissions().get(permission));
            }
        }
        for (Map.Entry<String, String> permission : granted.entrySet()) {
            if (!needed.contains(permission.getKey())) {
                fail(
                        "%s: allows %s (%s), which %s's code does not need",
                        user.id(), readable(permission.getKey()), permission.getValue(), w.name());
            }
        }
    }

    /** Every KafkaUser is the login of one checked service. */
    void checkUsers() {
        for (K8sObject user : m.ofKind("KafkaUser")) {
            if (!usedBy.containsKey(user.name())) {
                fail("%s: no service logs in as it (KAFKA_SASL_JAAS_CONFIG from its Secret)", user.id());
            }
        }
    }

    /**
     * The user's allow rules as "Operation type name", each with the rule it comes from. A rule for a prefix or for
     * every name ("*") never equals a permission the code needs, so it is reported as one too many.
     */
    private Map<String, String> granted(K8sObject user) {
        Map<String, String> granted = new LinkedHashMap<>();
        int index = 0;
        for (Object acl : Yaml.list(user.raw(), "spec", "authorization", "acls")) {
            String rule = "acls[" + index++ + "]";
            if ("deny".equalsIgnoreCase(String.valueOf(Yaml.string(acl, "type")))) {
                continue;
            }
            String type = String.valueOf(Yaml.string(acl, "resource", "type")).toLowerCase(Locale.ROOT);
            String name = Yaml.string(acl, "resource", "name");
            String pattern = Optional.ofNullable(Yaml.string(acl, "resource", "patternType"))
                    .orElse("literal");
            String host = Optional.ofNullable(Yaml.string(acl, "host")).orElse("*");
            String resource = type.equals("cluster") ? "cluster" : type + " " + name;
            if (!"literal".equals(pattern) || "*".equals(name)) {
                resource = type + " " + pattern + ":" + name;
            }
            List<Object> operations = new ArrayList<>(Yaml.list(acl, "operations"));
            if (Yaml.at(acl, "operation") != null) {
                operations.add(Yaml.at(acl, "operation"));
            }
            for (Object operation : operations) {
                String op = String.valueOf(operation);
                if (op.equals("All")) {
                    granted.put("All " + resource, rule);
                    continue;
                }
                granted.put(op + " " + resource, rule + (host.equals("*") ? "" : " from host " + host));
            }
        }
        return granted;
    }

    private static String readable(String permission) {
        String[] parts = permission.split(" ", 3);
        return parts.length < 3 ? permission : parts[0] + " on " + parts[1] + " " + parts[2];
    }
}
