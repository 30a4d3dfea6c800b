package org.plenary.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plenary.k8s.Rendering.KafkaCluster;
import org.plenary.k8s.Rendering.Workload;
import org.plenary.k8s.Repo.ServiceSpec;
import org.plenary.k8s.Repo.TopicLine;

/**
 * The Strimzi cluster and its topics: replication that fits the brokers, a KafkaTopic for every topic of
 * deploy/topics.conf, of the services' {@code topic=} lines and of the event contracts, and a bootstrap address
 * that is the cluster's client listener (internal, TLS, with authentication; what the clients present there, and
 * what their users may do, is {@link KafkaAccessRules}').
 */
final class KafkaRules extends Rules {

    KafkaRules(Rendering r) {
        super(r);
    }

    void readKafka() {
        List<K8sObject> clusters = m.ofKind("Kafka").stream()
                .filter(k -> String.valueOf(k.at("apiVersion")).startsWith("kafka.strimzi.io/"))
                .toList();
        if (clusters.size() != 1) {
            fail("Expected one Strimzi Kafka cluster, found %d", clusters.size());
            return;
        }
        K8sObject cluster = clusters.get(0);
        int brokers = 0;
        for (K8sObject pool : m.ofKind("KafkaNodePool")) {
            if (!cluster.name().equals(pool.labels().get("strimzi.io/cluster"))) {
                fail(
                        "%s: label strimzi.io/cluster names no Kafka cluster (%s)",
                        pool.id(), pool.labels().get("strimzi.io/cluster"));
                continue;
            }
            if (Yaml.list(pool.raw(), "spec", "roles").contains("broker")) {
                Integer replicas = Yaml.integer(pool.raw(), "spec", "replicas");
                brokers += replicas == null ? 0 : replicas;
            }
        }
        if (brokers == 0) {
            fail("%s: no KafkaNodePool with the broker role and replicas", cluster.id());
        }
        Set<String> clientAddresses = new TreeSet<>();
        List<Object> peers = null;
        Object clientListener = null;
        for (Object listener : Yaml.list(cluster.raw(), "spec", "kafka", "listeners")) {
            if ("internal".equals(Yaml.string(listener, "type"))
                    && Yaml.isTrue(listener, "tls")
                    && Yaml.at(listener, "authentication") != null) {
                clientListener = clientListener == null ? listener : clientListener;
                String service = cluster.name() + "-kafka-bootstrap";
                String port = Yaml.string(listener, "port");
                for (String host : List.of(
                        service,
                        service + "." + r.namespace,
                        service + "." + r.namespace + ".svc",
                        service + "." + r.namespace + ".svc.cluster.local")) {
                    clientAddresses.add(host + ":" + port);
                }
                List<Object> listenerPeers = Yaml.list(listener, "networkPolicyPeers");
                if (!listenerPeers.isEmpty()) {
                    peers = peers == null ? new ArrayList<>() : peers;
                    peers.addAll(listenerPeers);
                }
            }
        }
        if (clientAddresses.isEmpty()) {
            fail("%s: no internal listener with TLS and authentication for the services", cluster.id());
        }
        Map<String, Object> config = Yaml.map(cluster.raw(), "spec", "kafka", "config");
        r.kafka = new KafkaCluster(cluster.name(), brokers, config, clientAddresses, peers, clientListener);
        if (Yaml.at(cluster.raw(), "spec", "entityOperator", "topicOperator") == null) {
            fail("%s: no entityOperator.topicOperator, so no KafkaTopic is ever created", cluster.id());
        }
        // Kafka's own defaults, where the cluster does not set them.
        int offsets = intConfig(config, "offsets.topic.replication.factor", 3);
        int transactions = intConfig(config, "transaction.state.log.replication.factor", 3);
        int transactionIsr = intConfig(config, "transaction.state.log.min.isr", 2);
        int defaultFactor = intConfig(config, "default.replication.factor", 1);
        int minIsr = intConfig(config, "min.insync.replicas", 1);
        if (offsets > brokers) {
            fail(
                    "%s: offsets.topic.replication.factor %d exceeds the %d broker(s): consumer groups never start",
                    cluster.id(), offsets, brokers);
        }
        if (transactions > brokers || transactionIsr > transactions) {
            fail(
                    "%s: transaction.state.log.replication.factor %d / min.isr %d do not fit %d broker(s)",
                    cluster.id(), transactions, transactionIsr, brokers);
        }
        if (defaultFactor > brokers) {
            fail("%s: default.replication.factor %d exceeds the %d broker(s)", cluster.id(), defaultFactor, brokers);
        }
        if (minIsr > Math.min(defaultFactor, brokers)) {
            fail(
                    "%s: min.insync.replicas %d exceeds the replication factor: acks=all writes fail",
                    cluster.id(), minIsr);
        }
        if (!"false".equals(String.valueOf(config.get("auto.create.topics.enable")))) {
            fail("%s: auto.create.topics.enable must be false: every topic is a KafkaTopic", cluster.id());
        }
    }

    private int intConfig(Map<String, Object> config, String key, int fallback) {
        Integer value = Yaml.toInteger(config.get(key));
        return value == null ? fallback : value;
    }

    void checkTopics() {
        if (r.kafka == null) {
            return;
        }
        Map<String, K8sObject> topics = new TreeMap<>();
        for (K8sObject topic : m.ofKind("KafkaTopic")) {
            String name = Optional.ofNullable(Yaml.string(topic.raw(), "spec", "topicName"))
                    .orElse(topic.name());
            topics.put(name, topic);
            if (!r.kafka.name().equals(topic.labels().get("strimzi.io/cluster"))) {
                fail(
                        "%s: label strimzi.io/cluster must be %s, or the topic operator ignores it",
                        topic.id(), r.kafka.name());
            }
            int replicas = Optional.ofNullable(Yaml.integer(topic.raw(), "spec", "replicas"))
                    .orElse(intConfig(r.kafka.config(), "default.replication.factor", 1));
            Integer topicIsr = Yaml.toInteger(Yaml.at(topic.raw(), "spec", "config", "min.insync.replicas"));
            int minIsr = topicIsr != null ? topicIsr : intConfig(r.kafka.config(), "min.insync.replicas", 1);
            if (replicas > r.kafka.brokers()) {
                fail("%s: %d replicas but %d broker(s)", topic.id(), replicas, r.kafka.brokers());
            }
            if (minIsr > replicas) {
                fail(
                        "%s: min.insync.replicas %d exceeds its %d replicas: every acks=all write fails",
                        topic.id(), minIsr, replicas);
            } else if (replicas > 1 && minIsr >= replicas) {
                fail(
                        "%s: min.insync.replicas %d equals its replicas: one broker down stops every write",
                        topic.id(), minIsr);
            }
        }
        Set<String> declared = new TreeSet<>();
        for (TopicLine line : repo.topics()) {
            declared.add(line.name());
            K8sObject topic = topics.get(line.name());
            if (topic == null) {
                fail(
                        "Topic %s (deploy/topics.conf) has no KafkaTopic: run k8s/base/kafka/generate-topics.sh",
                        line.name());
                continue;
            }
            Integer partitions = Yaml.integer(topic.raw(), "spec", "partitions");
            if (partitions == null || partitions != line.partitions()) {
                fail("%s: %s partitions, deploy/topics.conf says %d", topic.id(), partitions, line.partitions());
            }
            String policy = Optional.ofNullable(Yaml.string(topic.raw(), "spec", "config", "cleanup.policy"))
                    .orElse("delete");
            if (!policy.equals(line.cleanupPolicy())) {
                fail("%s: cleanup.policy %s, deploy/topics.conf says %s", topic.id(), policy, line.cleanupPolicy());
            }
            String retention = Yaml.string(topic.raw(), "spec", "config", "retention.ms");
            if (!String.valueOf(line.retentionMs()).equals(retention)) {
                fail("%s: retention.ms %s, deploy/topics.conf says %d", topic.id(), retention, line.retentionMs());
            }
        }
        for (String name : topics.keySet()) {
            if (!declared.contains(name)) {
                fail(
                        "%s: topic %s is not in deploy/topics.conf: run k8s/base/kafka/generate-topics.sh",
                        topics.get(name).id(), name);
            }
        }
        Map<String, String> used = new TreeMap<>();
        repo.contractTopics().forEach(t -> used.put(t, "services/event-contracts"));
        for (ServiceSpec spec : repo.services()) {
            repo.source(spec.name())
                    .ifPresent(source -> source.topics()
                            .forEach(t -> used.putIfAbsent(t, "services/" + spec.name() + " application.properties")));
        }
        used.forEach((topic, where) -> {
            Optional<ServiceSpec> owner = repo.owner(topic);
            if (!declared.contains(topic)
                    && owner.isPresent()
                    && repo.source(owner.get().name()).isEmpty()) {
                r.deferred.add(String.format(
                        "Topic %s (used by %s) is not declared yet: it belongs to %s, which does not exist yet",
                        topic, where, owner.get().name()));
                return;
            }
            if (!declared.contains(topic)) {
                fail("Topic %s (used by %s) is not in deploy/topics.conf", topic, where);
            }
            if (!topics.containsKey(topic)) {
                fail("Topic %s (used by %s) has no KafkaTopic", topic, where);
            }
        });
    }

    void checkKafkaClient(Workload w) {
        if (r.kafka == null) {
            return;
        }
        String id = w.deployment().id();
        String servers = config(w, "kafka.bootstrap.servers", null);
        if (servers == null || servers.contains("localhost")) {
            fail(
                    "%s: kafka.bootstrap.servers is %s; set KAFKA_BOOTSTRAP_SERVERS to %s",
                    id, servers, r.kafka.name() + "-kafka-bootstrap:<TLS listener port>");
            return;
        }
        for (String server : servers.split(",")) {
            if (!r.kafka.clientAddresses().contains(server.trim())) {
                fail(
                        "%s: Kafka bootstrap server %s is not the TLS listener of Kafka/%s %s",
                        id, server, r.kafka.name(), r.kafka.clientAddresses());
            }
        }
    }
}
