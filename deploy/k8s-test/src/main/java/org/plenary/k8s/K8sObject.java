package org.plenary.k8s;

import java.util.Map;

/** One rendered Kubernetes object, as plain maps and lists. */
public record K8sObject(Map<String, Object> raw) {

    public String kind() {
        return Yaml.string(raw, "kind");
    }

    public String name() {
        return Yaml.string(raw, "metadata", "name");
    }

    public String namespace() {
        return Yaml.string(raw, "metadata", "namespace");
    }

    public Map<String, String> labels() {
        return Yaml.strings(raw, "metadata", "labels");
    }

    public Object at(String... path) {
        return Yaml.at(raw, path);
    }

    /** "Kind/name", the way kubectl names an object in its messages. */
    public String id() {
        return kind() + "/" + name();
    }
}
