package org.plenary.k8s;

import java.util.List;
import java.util.Map;

/** Navigation in YAML read as plain maps, lists and scalars; a missing step gives null or an empty value. */
final class Yaml {

    private Yaml() {}

    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    static String string(Object node, String... path) {
        Object value = at(node, path);
        return value == null ? null : value.toString();
    }

    static Integer integer(Object node, String... path) {
        return toInteger(at(node, path));
    }

    static Integer toInteger(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && text.trim().matches("-?\\d+")) {
            return Integer.valueOf(text.trim());
        }
        return null;
    }

    static boolean isTrue(Object node, String... path) {
        Object value = at(node, path);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        Object value = at(node, path);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The string values of a map (labels, matchLabels, ConfigMap data). */
    static Map<String, String> strings(Object node, String... path) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        map(node, path).forEach((key, value) -> result.put(key, value == null ? null : value.toString()));
        return result;
    }
}
