package org.plenary.k8s;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.plenary.k8s.Rendering.EnvValue;
import org.plenary.k8s.Rendering.Workload;

/** What every group of rules needs: the rendering, and how a service's effective configuration is found. */
abstract class Rules {

    static final Pattern POSTGRES_URL =
            Pattern.compile("^(?:jdbc:|vertx-reactive:)?postgres(?:ql)?://([^/:?]+)(?::(\\d+))?/([^?]+).*$");

    final Rendering r;
    final Manifests m;
    final Repo repo;

    Rules(Rendering r) {
        this.r = r;
        this.m = r.m;
        this.repo = r.repo;
    }

    void fail(String format, Object... args) {
        r.fail(format, args);
    }

    /** The value the service runs with: its environment, else its application.properties, else the default. */
    String config(Workload w, String property, String fallback) {
        EnvValue value = w.env().get(ServiceSource.toEnv(property));
        if (value != null && value.value() != null) {
            return value.value();
        }
        return w.source().flatMap(s -> s.property(property)).orElse(fallback);
    }

    /** quarkus.http.port; for a service not written yet, its port in deploy/local/plenary. */
    int httpPort(Workload w) {
        String fallback =
                w.source().isPresent() ? "8080" : String.valueOf(w.spec().port());
        Integer port = Yaml.toInteger(config(w, "quarkus.http.port", fallback));
        return port == null ? -1 : port;
    }

    /** quarkus.management.port when the service serves its management interface on a port of its own, else -1. */
    int managementPort(Workload w) {
        if (!"true".equals(config(w, "quarkus.management.enabled", "false"))) {
            return -1;
        }
        Integer port = Yaml.toInteger(config(w, "quarkus.management.port", "9000"));
        return port == null ? -1 : port;
    }

    /** The container's ports by name ("#<number>" for an unnamed one). */
    Map<String, Integer> containerPorts(Workload w) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object port : Yaml.list(w.container(), "ports")) {
            Integer number = Yaml.integer(port, "containerPort");
            ports.put(Optional.ofNullable(Yaml.string(port, "name")).orElse("#" + number), number);
        }
        return ports;
    }

    /** The most replicas the overlay can run: the autoscaler's maximum, else the Deployment's replicas. */
    int maxReplicas(Workload w) {
        return replicas(w, "maxReplicas");
    }

    /** The fewest replicas the overlay runs: the autoscaler's minimum, else the Deployment's replicas. */
    int leastReplicas(Workload w) {
        return replicas(w, "minReplicas");
    }

    private int replicas(Workload w, String autoscalerField) {
        for (K8sObject hpa : m.ofKind("HorizontalPodAutoscaler")) {
            if (w.name().equals(Yaml.string(hpa.raw(), "spec", "scaleTargetRef", "name"))) {
                return Optional.ofNullable(Yaml.integer(hpa.raw(), "spec", autoscalerField))
                        .orElse(1);
            }
        }
        return Optional.ofNullable(Yaml.integer(w.deployment().raw(), "spec", "replicas"))
                .orElse(1);
    }

    /** A file in a container that a key of a Secret provides: the Secret, the key, and whether the volume lists keys. */
    record SecretFile(String secret, String key, boolean onlyListedKeys) {}

    /** The Secret key mounted at the path in the workload's container, if a Secret volume provides it. */
    Optional<SecretFile> secretFile(Workload w, String path) {
        Map<String, Object> volumes = new LinkedHashMap<>();
        for (Object volume : Yaml.list(w.deployment().raw(), "spec", "template", "spec", "volumes")) {
            volumes.put(Yaml.string(volume, "name"), volume);
        }
        for (Object mount : Yaml.list(w.container(), "volumeMounts")) {
            String mountPath = String.valueOf(Yaml.string(mount, "mountPath")).replaceAll("/+$", "");
            String subPath = Yaml.string(mount, "subPath");
            String file;
            if (subPath != null) {
                if (!path.equals(mountPath)) {
                    continue;
                }
                file = subPath;
            } else if (path.startsWith(mountPath + "/")) {
                file = path.substring(mountPath.length() + 1);
            } else {
                continue;
            }
            Object volume = volumes.get(Yaml.string(mount, "name"));
            String secret = Yaml.string(volume, "secret", "secretName");
            if (secret == null) {
                return Optional.empty();
            }
            List<Object> items = Yaml.list(volume, "secret", "items");
            if (items.isEmpty()) {
                return Optional.of(new SecretFile(secret, file, false));
            }
            for (Object item : items) {
                if (file.equals(Yaml.string(item, "path"))) {
                    return Optional.of(new SecretFile(secret, Yaml.string(item, "key"), true));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A Secret's values, decoded. */
    Map<String, String> secretData(K8sObject secret) {
        Map<String, String> data = new TreeMap<>();
        Yaml.strings(secret.raw(), "data")
                .forEach((k, v) -> data.put(
                        k, v == null ? "" : new String(Base64.getDecoder().decode(v.trim()), StandardCharsets.UTF_8)));
        data.putAll(Yaml.strings(secret.raw(), "stringData"));
        return data;
    }
}
