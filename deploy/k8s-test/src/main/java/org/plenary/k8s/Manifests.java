package org.plenary.k8s;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of one rendered overlay (the multi-document YAML `kubectl kustomize` prints). */
public final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<K8sObject> objects;

    private Manifests(List<K8sObject> objects) {
        this.objects = List.copyOf(objects);
    }

    @SuppressWarnings("unchecked")
    public static Manifests parse(String yaml) {
        List<K8sObject> objects = new ArrayList<>();
        try (MappingIterator<Object> documents = YAML.readerFor(Object.class).readValues(yaml)) {
            while (documents.hasNext()) {
                Object document = documents.next();
                if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                    objects.add(new K8sObject((Map<String, Object>) map));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered manifests are not YAML", e);
        }
        return new Manifests(objects);
    }

    public List<K8sObject> all() {
        return objects;
    }

    public List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.kind())).toList();
    }

    public Optional<K8sObject> find(String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.kind()) && name.equals(o.name()))
                .findFirst();
    }
}
