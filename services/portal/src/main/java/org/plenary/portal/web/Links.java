package org.plenary.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small helpers for the links pages build. */
public final class Links {

    private Links() {}

    /** A path within the portal to come back to, or {@code /} for anything else (no open redirect). */
    public static String safeReturn(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
            return "/";
        }
        return target;
    }

    /** {@code path?key=value&...}, leaving out empty values. */
    public static String withQuery(String path, Map<String, ?> parameters) {
        Map<String, String> present = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (value != null && !value.toString().isBlank()) {
                present.put(key, value.toString());
            }
        });
        if (present.isEmpty()) {
            return path;
        }
        return path + "?"
                + present.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
