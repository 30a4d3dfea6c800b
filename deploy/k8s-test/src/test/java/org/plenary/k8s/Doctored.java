package org.plenary.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rendered small overlay, read into objects that a test changes in place (one ACL, one policy rule, one
 * variable) before the checker reads them: a change in the structure rather than in the text, where the same text
 * occurs many times.
 */
final class Doctored {

    private Doctored() {}

    /** The checker's findings for the small overlay after the change. */
    static List<String> small(Consumer<Manifests> change) {
        Manifests manifests = Overlays.manifests("small");
        change.accept(manifests);
        return new ManifestChecker(Overlays.REPO).run(manifests).violations();
    }

    static K8sObject object(Manifests manifests, String kind, String name) {
        return manifests.find(kind, name).orElseThrow(() -> new AssertionError(kind + "/" + name + " is not rendered"));
    }

    /** The list at the path, which the rendering has (and which the test may change). */
    static List<Object> list(Object node, String... path) {
        Object value = Yaml.at(node, path);
        if (!(value instanceof List<?>)) {
            throw new AssertionError("no list at " + String.join(".", path));
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    /** The map at the path, which the rendering has. */
    static Map<String, Object> map(Object node, String... path) {
        Object value = Yaml.at(node, path);
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("no map at " + String.join(".", path));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    /** The ACL of the user on the named resource. */
    static Map<String, Object> acl(Manifests manifests, String user, String type, String name) {
        for (Object acl : list(object(manifests, "KafkaUser", user).raw(), "spec", "authorization", "acls")) {
            if (type.equals(Yaml.string(acl, "resource", "type"))
                    && name.equals(Yaml.string(acl, "resource", "name"))) {
                return map(acl);
            }
        }
        throw new AssertionError("KafkaUser/" + user + " has no ACL on " + type + " " + name);
    }

    /** The Deployment's first container. */
    static Map<String, Object> container(Manifests manifests, String deployment) {
        return map(list(object(manifests, "Deployment", deployment).raw(), "spec", "template", "spec", "containers")
                .get(0));
    }

    /** The container's env entry of that name. */
    static Map<String, Object> env(Manifests manifests, String deployment, String variable) {
        for (Object entry : list(container(manifests, deployment), "env")) {
            if (variable.equals(Yaml.string(entry, "name"))) {
                return map(entry);
            }
        }
        throw new AssertionError("Deployment/" + deployment + " sets no " + variable);
    }

    /** A NetworkPolicy rule: to (or from) the pods with these labels, on one TCP port. */
    static Map<String, Object> rule(String peers, Map<String, String> labels, int port) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put(peers, new ArrayList<>(List.of(Map.of("podSelector", Map.of("matchLabels", labels)))));
        rule.put("ports", new ArrayList<>(List.of(Map.of("protocol", "TCP", "port", port))));
        return rule;
    }
}
