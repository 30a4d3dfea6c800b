package org.plenary.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.k8s.Repo.ServiceSpec;

/** One check of one rendered overlay: the objects, what the rules learnt about them, and the findings. */
final class Rendering {

    /** A variable of a container's environment, and where it comes from. */
    record EnvValue(String value, String secret, String key, String origin) {}

    /** One service's Deployment, with what the checks need about it. */
    record Workload(
            ServiceSpec spec,
            Optional<ServiceSource> source,
            K8sObject deployment,
            Map<String, Object> container,
            Map<String, String> podLabels,
            Map<String, EnvValue> env) {

        String name() {
            return spec.name();
        }
    }

    record PostgresCluster(
            String name,
            int instances,
            int maxConnections,
            Map<String, String> databaseOwners,
            Map<String, String> loginSecrets) {}

    /**
     * The Strimzi cluster: its client listener (internal, TLS, authenticated) and that listener's addresses and
     * networkPolicyPeers.
     */
    record KafkaCluster(
            String name,
            int brokers,
            Map<String, Object> config,
            Set<String> clientAddresses,
            List<Object> peers,
            Object clientListener) {}

    /** A pod somewhere in the cluster, as a NetworkPolicy sees it. */
    record Pod(String namespace, Map<String, String> labels) {

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    final Repo repo;
    final Manifests m;
    final List<String> violations = new ArrayList<>();
    /** What was left out because the service it belongs to does not exist yet. */
    final List<String> deferred = new ArrayList<>();
    /** Secrets that are referenced but not rendered: the cluster's operators create them. */
    final Set<String> externalSecrets = new TreeSet<>();

    final List<Workload> workloads = new ArrayList<>();
    /** The portal's Deployment, which is no service (it calls them); empty when it is not rendered. */
    Optional<Workload> portal = Optional.empty();

    final Map<String, PostgresCluster> postgres = new LinkedHashMap<>();
    KafkaCluster kafka;
    String namespace = "default";

    Rendering(Repo repo, Manifests m) {
        this.repo = repo;
        this.m = m;
    }

    void fail(String format, Object... args) {
        violations.add(String.format(format, args));
    }
}
