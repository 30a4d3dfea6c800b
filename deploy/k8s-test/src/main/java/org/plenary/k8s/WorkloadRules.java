package org.plenary.k8s;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.k8s.Rendering.EnvValue;
import org.plenary.k8s.Rendering.Workload;
import org.plenary.k8s.Repo.ServiceSpec;

/**
 * Each service's Deployment: its image, probes, environment, security context, volumes and Service; the
 * autoscalers and disruption budgets around it.
 */
final class WorkloadRules extends Rules {

    private static final String JWT_KEY_VARIABLE = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("-D([A-Za-z0-9_.\\-]+)=");

    WorkloadRules(Rendering r) {
        super(r);
    }

    Optional<Workload> workload(ServiceSpec spec, K8sObject deployment) {
        String id = deployment.id();
        Map<String, String> selector = Yaml.strings(deployment.raw(), "spec", "selector", "matchLabels");
        Map<String, String> podLabels = Yaml.strings(deployment.raw(), "spec", "template", "metadata", "labels");
        if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            fail("%s: spec.selector %s does not select its pod labels %s", id, selector, podLabels);
        }
        Map<String, Object> container = null;
        for (Object candidate : Yaml.list(deployment.raw(), "spec", "template", "spec", "containers")) {
            String image = Yaml.string(candidate, "image");
            if (image != null
                    && image.matches(
                            "(?:.+/)?plenary/" + Pattern.quote(spec.name()) + "(?::[^@]*)?(?:@sha256:[0-9a-f]{64})?")) {
                container = Yaml.map(candidate);
            }
        }
        if (container == null) {
            fail("%s: no container runs image plenary/%s", id, spec.name());
            return Optional.empty();
        }
        Map<String, EnvValue> env = environment(id, container);
        return Optional.of(new Workload(spec, repo.source(spec.name()), deployment, container, podLabels, env));
    }

    private Map<String, EnvValue> environment(String id, Map<String, Object> container) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        for (Object from : Yaml.list(container, "envFrom")) {
            String prefix = Optional.ofNullable(Yaml.string(from, "prefix")).orElse("");
            String configMap = Yaml.string(from, "configMapRef", "name");
            String secret = Yaml.string(from, "secretRef", "name");
            if (configMap != null) {
                Optional<K8sObject> object = m.find("ConfigMap", configMap);
                if (object.isEmpty()) {
                    if (!Yaml.isTrue(from, "configMapRef", "optional")) {
                        fail("%s: envFrom ConfigMap/%s is not rendered: the pod would not start", id, configMap);
                    }
                    continue;
                }
                Yaml.strings(object.get().raw(), "data")
                        .forEach((k, v) -> env.put(prefix + k, new EnvValue(v, null, null, "ConfigMap/" + configMap)));
            }
            if (secret != null) {
                Optional<K8sObject> object = m.find("Secret", secret);
                if (object.isEmpty()) {
                    fail(
                            "%s: envFrom Secret/%s: its keys cannot be checked; use env[].valueFrom.secretKeyRef",
                            id, secret);
                    continue;
                }
                secretData(object.get())
                        .forEach((k, v) -> env.put(prefix + k, new EnvValue(null, secret, k, "Secret/" + secret)));
            }
        }
        for (Object variable : Yaml.list(container, "env")) {
            String name = Yaml.string(variable, "name");
            Object value = Yaml.at(variable, "value");
            String configMap = Yaml.string(variable, "valueFrom", "configMapKeyRef", "name");
            String secret = Yaml.string(variable, "valueFrom", "secretKeyRef", "name");
            if (configMap != null) {
                String key = Yaml.string(variable, "valueFrom", "configMapKeyRef", "key");
                Optional<K8sObject> object = m.find("ConfigMap", configMap);
                String resolved =
                        object.map(o -> Yaml.strings(o.raw(), "data").get(key)).orElse(null);
                if (resolved == null && !Yaml.isTrue(variable, "valueFrom", "configMapKeyRef", "optional")) {
                    fail("%s: %s refers to key %s of ConfigMap/%s, which is not rendered", id, name, key, configMap);
                }
                env.put(name, new EnvValue(resolved, null, null, "ConfigMap/" + configMap));
            } else if (secret != null) {
                String key = Yaml.string(variable, "valueFrom", "secretKeyRef", "key");
                Optional<K8sObject> object = m.find("Secret", secret);
                if (object.isPresent() && !secretData(object.get()).containsKey(key)) {
                    fail("%s: %s refers to key %s of Secret/%s, which has no such key", id, name, key, secret);
                }
                if (object.isEmpty()) {
                    r.externalSecrets.add(secret);
                }
                env.put(name, new EnvValue(null, secret, key, "Secret/" + secret));
            } else {
                env.put(name, new EnvValue(value == null ? null : value.toString(), null, null, "value"));
            }
        }
        return env;
    }

    void checkImage(Workload w) {
        String id = w.deployment().id();
        String image = Yaml.string(w.container(), "image");
        String expected = "plenary/" + w.name() + ":" + repo.version();
        Matcher pinned = ImageRules.DIGEST.matcher(image);
        if (pinned.matches()) {
            if (!pinned.group(1).matches("(?:.+/)?plenary/" + Pattern.quote(w.name()))) {
                fail("%s: image %s, expected plenary/%s by digest", id, image, w.name());
            }
            if (pinned.group(2).matches("0+")) {
                r.deferred.add(id + ": image " + image + " has the placeholder digest: set the pushed image's");
            }
        } else if (!image.equals(expected) && !image.endsWith("/" + expected)) {
            fail("%s: image %s, expected %s (kustomize images: newTag %s)", id, image, expected, repo.version());
        }
        java.nio.file.Path dockerfile = repo.dockerfile(w.name());
        if (!Files.exists(dockerfile)) {
            fail("%s: no %s builds its image", id, repo.root().relativize(dockerfile));
            return;
        }
        String text = Repo.read(dockerfile);
        if (!text.contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime")
                || !text.contains("target/quarkus-app")) {
            fail(
                    "%s: %s is not the Quarkus JVM image (ubi9/openjdk-17-runtime, target/quarkus-app)",
                    id, repo.root().relativize(dockerfile));
        }
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(text);
        if (expose.find() && Integer.parseInt(expose.group(1)) != httpPort(w)) {
            fail("%s: its Dockerfile.jvm exposes %s, the service listens on %d", id, expose.group(1), httpPort(w));
        }
    }

    void checkProbes(Workload w) {
        String id = w.deployment().id();
        if (w.source().isPresent() && !w.source().get().hasHealth()) {
            fail("%s: the service has no SmallRye Health (quarkus-smallrye-health, or the platform module)", id);
        }
        boolean management = "true".equals(config(w, "quarkus.management.enabled", "false"));
        int healthPort = management
                ? Optional.ofNullable(Yaml.toInteger(config(w, "quarkus.management.port", "9000")))
                        .orElse(-1)
                : httpPort(w);
        String base = management
                ? config(w, "quarkus.management.root-path", "/q")
                : resolve(
                        config(w, "quarkus.http.root-path", "/"),
                        config(w, "quarkus.http.non-application-root-path", "q"));
        String health = resolve(base, config(w, "quarkus.smallrye-health.root-path", "health"));
        Map<String, Integer> ports = containerPorts(w);
        if (!ports.containsValue(healthPort)) {
            fail("%s: the container declares ports %s, but the service listens on %d", id, ports.values(), healthPort);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("startupProbe", resolve(health, config(w, "quarkus.smallrye-health.startup-path", "started")));
        expected.put("readinessProbe", resolve(health, config(w, "quarkus.smallrye-health.readiness-path", "ready")));
        expected.put("livenessProbe", resolve(health, config(w, "quarkus.smallrye-health.liveness-path", "live")));
        expected.forEach((probe, path) -> {
            Object httpGet = Yaml.at(w.container(), probe, "httpGet");
            if (httpGet == null) {
                fail("%s: no %s with httpGet %s", id, probe, path);
                return;
            }
            String actual = Yaml.string(httpGet, "path");
            if (!path.equals(actual)) {
                fail("%s: %s calls %s, the service answers on %s", id, probe, actual, path);
            }
            Object port = Yaml.at(httpGet, "port");
            Integer number = Yaml.toInteger(port);
            if (number == null) {
                number = ports.get(String.valueOf(port));
                if (number == null) {
                    fail("%s: %s names port %s, which the container does not declare", id, probe, port);
                    return;
                }
            }
            if (number != healthPort) {
                fail("%s: %s calls port %d, the service answers on %d", id, probe, number, healthPort);
            }
        });
    }

    private String resolve(String base, String path) {
        String joined = path.startsWith("/") ? path : base.replaceAll("/+$", "") + "/" + path;
        return joined.replaceAll("/{2,}", "/");
    }

    void checkEnvironment(Workload w) {
        String id = w.deployment().id();
        if (w.source().isEmpty()) {
            return; // services/<name> does not exist yet: nothing to compare with.
        }
        ServiceSource source = w.source().get();
        w.env().forEach((name, value) -> {
            if (!source.reads(name)) {
                String hint = source.closest(name)
                        .map(p -> " (did you mean " + ServiceSource.toEnv(p) + ", " + p + "?)")
                        .orElse("");
                fail(
                        "%s: environment variable %s (from %s) maps to no configuration property the service reads%s",
                        id, name, value.origin(), hint);
            }
        });
        EnvValue javaOptions = w.env().get("JAVA_OPTS_APPEND");
        if (javaOptions != null && javaOptions.value() != null) {
            Matcher property = SYSTEM_PROPERTY.matcher(javaOptions.value());
            Set<String> ownPrefixes = new TreeSet<>(List.of("quarkus", "mp", "kafka", "plenary", "smallrye"));
            source.knownProperties().forEach(p -> ownPrefixes.add(p.split("\\.")[0]));
            while (property.find()) {
                String key = property.group(1);
                if (ownPrefixes.contains(key.split("\\.")[0])
                        && !source.knownProperties().contains(key)) {
                    fail("%s: JAVA_OPTS_APPEND sets -D%s, a property the service does not read", id, key);
                }
            }
        }
    }

    void checkSecurity(Workload w) {
        String id = w.deployment().id();
        Object pod = Yaml.at(w.deployment().raw(), "spec", "template", "spec", "securityContext");
        Object own = w.container().get("securityContext");
        // A container's setting overrides the pod's.
        Object nonRoot = Yaml.at(own, "runAsNonRoot") != null ? own : pod;
        if (!Yaml.isTrue(nonRoot, "runAsNonRoot")) {
            fail("%s: runAsNonRoot is not true", id);
        }
        Integer user = Optional.ofNullable(Yaml.integer(own, "runAsUser")).orElse(Yaml.integer(pod, "runAsUser"));
        if (user != null && user == 0) {
            fail("%s: runs as root (runAsUser 0)", id);
        }
        if (!Yaml.isTrue(own, "readOnlyRootFilesystem")) {
            fail("%s: readOnlyRootFilesystem is not true", id);
        }
        if (!"false".equals(String.valueOf(Yaml.at(own, "allowPrivilegeEscalation")))) {
            fail("%s: allowPrivilegeEscalation is not false", id);
        }
        if (!Yaml.list(own, "capabilities", "drop").contains("ALL")) {
            fail("%s: capabilities do not drop ALL", id);
        }
        String seccomp = Optional.ofNullable(Yaml.string(own, "seccompProfile", "type"))
                .orElse(Yaml.string(pod, "seccompProfile", "type"));
        if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
            fail("%s: no seccompProfile (RuntimeDefault)", id);
        }
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                Object quantity = Yaml.at(w.container(), "resources", kind, resource);
                if (Quantity.parse(quantity) == null) {
                    fail("%s: resources.%s.%s is missing or not a quantity (%s)", id, kind, resource, quantity);
                }
            }
        }
        for (String resource : List.of("cpu", "memory")) {
            BigDecimal request = Quantity.parse(Yaml.at(w.container(), "resources", "requests", resource));
            BigDecimal limit = Quantity.parse(Yaml.at(w.container(), "resources", "limits", resource));
            if (request != null && limit != null && request.compareTo(limit) > 0) {
                fail("%s: the %s request exceeds its limit", id, resource);
            }
        }
    }

    void checkVolumes(Workload w) {
        String id = w.deployment().id();
        Map<String, Object> volumes = new LinkedHashMap<>();
        for (Object volume : Yaml.list(w.deployment().raw(), "spec", "template", "spec", "volumes")) {
            volumes.put(Yaml.string(volume, "name"), volume);
        }
        List<Object> mounts = Yaml.list(w.container(), "volumeMounts");
        for (Object mount : mounts) {
            String name = Yaml.string(mount, "name");
            Object volume = volumes.get(name);
            if (volume == null) {
                fail("%s: volumeMount %s names no volume", id, name);
                continue;
            }
            String secret = Yaml.string(volume, "secret", "secretName");
            if (secret != null) {
                Optional<K8sObject> object = m.find("Secret", secret);
                if (object.isEmpty()) {
                    r.externalSecrets.add(secret);
                }
                for (Object item : Yaml.list(volume, "secret", "items")) {
                    String key = Yaml.string(item, "key");
                    if (object.isPresent() && !secretData(object.get()).containsKey(key)) {
                        fail("%s: volume %s wants key %s of Secret/%s, which has no such key", id, name, key, secret);
                    }
                }
            }
            String configMap = Yaml.string(volume, "configMap", "name");
            if (configMap != null && m.find("ConfigMap", configMap).isEmpty()) {
                fail("%s: volume %s: ConfigMap/%s is not rendered", id, name, configMap);
            }
            String claim = Yaml.string(volume, "persistentVolumeClaim", "claimName");
            if (claim != null) {
                Optional<K8sObject> pvc = m.find("PersistentVolumeClaim", claim);
                if (pvc.isEmpty()) {
                    fail("%s: volume %s: PersistentVolumeClaim/%s is not rendered", id, name, claim);
                } else if (!Yaml.list(pvc.get().raw(), "spec", "accessModes").contains("ReadWriteMany")) {
                    String strategy = Yaml.string(w.deployment().raw(), "spec", "strategy", "type");
                    if (maxReplicas(w) > 1) {
                        fail(
                                "%s: %d replicas share PersistentVolumeClaim/%s, which is not ReadWriteMany",
                                id, maxReplicas(w), claim);
                    } else if (!"Recreate".equals(strategy)) {
                        fail(
                                "%s: a rolling update cannot attach the ReadWriteOnce PersistentVolumeClaim/%s on"
                                        + " another node: use strategy Recreate",
                                id, claim);
                    }
                }
            }
        }
        if (Yaml.isTrue(w.container(), "securityContext", "readOnlyRootFilesystem")
                && !writable(mounts, volumes, "/tmp")) {
            fail(
                    "%s: the root filesystem is read-only and /tmp is no writable emptyDir: Quarkus and Vert.x"
                            + " write there",
                    id);
        }
        w.env().forEach((variable, value) -> {
            if ((variable.endsWith("_DIRECTORY") || variable.endsWith("_DIR"))
                    && value.value() != null
                    && value.value().startsWith("/")
                    && !writable(mounts, volumes, value.value())) {
                fail("%s: %s is %s, which is on no writable volume", id, variable, value.value());
            }
        });
        EnvValue key = w.env().get(JWT_KEY_VARIABLE);
        if (key != null && key.value() != null && key.value().startsWith("/")) {
            checkMountedFile(id, key.value(), mounts, volumes);
        }
    }

    private boolean writable(List<Object> mounts, Map<String, Object> volumes, String path) {
        for (Object mount : mounts) {
            String mountPath = Yaml.string(mount, "mountPath");
            Object volume = volumes.get(Yaml.string(mount, "name"));
            boolean covers = path.equals(mountPath) || path.startsWith(mountPath.replaceAll("/+$", "") + "/");
            if (covers
                    && !Yaml.isTrue(mount, "readOnly")
                    && (Yaml.at(volume, "emptyDir") != null || Yaml.at(volume, "persistentVolumeClaim") != null)) {
                return true;
            }
        }
        return false;
    }

    private void checkMountedFile(String id, String path, List<Object> mounts, Map<String, Object> volumes) {
        for (Object mount : mounts) {
            String mountPath = Yaml.string(mount, "mountPath").replaceAll("/+$", "");
            if (!path.startsWith(mountPath + "/")) {
                continue;
            }
            String file = path.substring(mountPath.length() + 1);
            Object volume = volumes.get(Yaml.string(mount, "name"));
            String secret = Yaml.string(volume, "secret", "secretName");
            String configMap = Yaml.string(volume, "configMap", "name");
            List<Object> items =
                    secret != null ? Yaml.list(volume, "secret", "items") : Yaml.list(volume, "configMap", "items");
            if (!items.isEmpty()) {
                if (items.stream().noneMatch(i -> file.equals(Yaml.string(i, "path")))) {
                    fail(
                            "%s: %s is %s, but volume %s provides only %s",
                            id, JWT_KEY_VARIABLE, path, Yaml.string(mount, "name"), items);
                }
                return;
            }
            Optional<K8sObject> source = secret != null
                    ? m.find("Secret", secret)
                    : configMap != null ? m.find("ConfigMap", configMap) : Optional.empty();
            if (source.isPresent()) {
                Set<String> keys = secret != null
                        ? secretData(source.get()).keySet()
                        : Yaml.strings(source.get().raw(), "data").keySet();
                if (!keys.contains(file)) {
                    fail(
                            "%s: %s is %s, but %s has no key %s",
                            id, JWT_KEY_VARIABLE, path, source.get().id(), file);
                }
            }
            return;
        }
        fail("%s: %s is %s, which no volume provides", id, JWT_KEY_VARIABLE, path);
    }

    void checkServiceObject(Workload w) {
        int port = httpPort(w);
        Map<String, Integer> ports = containerPorts(w);
        boolean reached = false;
        for (K8sObject service : m.ofKind("Service")) {
            Map<String, String> selector = Yaml.strings(service.raw(), "spec", "selector");
            if (selector.isEmpty() || !w.podLabels().entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            for (Object servicePort : Yaml.list(service.raw(), "spec", "ports")) {
                Object target = Yaml.at(servicePort, "targetPort");
                Integer number = target == null
                        ? Yaml.integer(servicePort, "port")
                        : Optional.ofNullable(Yaml.toInteger(target)).orElse(ports.get(target.toString()));
                reached |= number != null && number == port;
            }
        }
        if (!reached) {
            fail(
                    "%s: no Service selects its pods with a targetPort reaching %d",
                    w.deployment().id(), port);
        }
    }

    void checkScaling() {
        for (K8sObject hpa : m.ofKind("HorizontalPodAutoscaler")) {
            String target = Yaml.string(hpa.raw(), "spec", "scaleTargetRef", "name");
            if (!"Deployment".equals(Yaml.string(hpa.raw(), "spec", "scaleTargetRef", "kind"))
                    || m.find("Deployment", target).isEmpty()) {
                fail("%s: scales %s, which is no rendered Deployment", hpa.id(), target);
            }
            Integer min = Yaml.integer(hpa.raw(), "spec", "minReplicas");
            Integer max = Yaml.integer(hpa.raw(), "spec", "maxReplicas");
            if (max == null || (min != null && min > max)) {
                fail("%s: minReplicas %s, maxReplicas %s", hpa.id(), min, max);
            }
        }
        for (K8sObject pdb : m.ofKind("PodDisruptionBudget")) {
            Object selector = Yaml.at(pdb.raw(), "spec", "selector");
            List<Workload> selected = java.util.stream.Stream.concat(r.workloads.stream(), r.portal.stream())
                    .filter(w -> NetworkRules.selects(selector, w.podLabels()))
                    .toList();
            if (selected.isEmpty()) {
                fail("%s: selects no service's (or the portal's) pods", pdb.id());
            }
            Integer minAvailable = Yaml.integer(pdb.raw(), "spec", "minAvailable");
            for (Workload w : selected) {
                int least = leastReplicas(w);
                if (minAvailable != null && minAvailable >= least) {
                    fail(
                            "%s: minAvailable %d with %d replica(s) of %s: no node can ever be drained",
                            pdb.id(), minAvailable, least, w.name());
                }
            }
            Integer maxUnavailable = Yaml.integer(pdb.raw(), "spec", "maxUnavailable");
            if (minAvailable == null && (maxUnavailable == null || maxUnavailable < 1)) {
                fail("%s: maxUnavailable must be at least 1 (or minAvailable below the replicas)", pdb.id());
            }
        }
    }
}
