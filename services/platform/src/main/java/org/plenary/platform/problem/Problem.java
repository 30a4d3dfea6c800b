package org.plenary.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} names the rule that failed ({@code urn:plenary:problem:<rule>});
 * {@code rule} repeats the rule's short name; rule-specific members (the deadline, the quota, the fields
 * that failed) are extension members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "rule"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:plenary:problem:";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    public final String rule;
    private final Map<String, Object> extensions;

    public Problem(
            String rule, String title, int status, String detail, String instance, Map<String, Object> extensions) {
        this.type = TYPE_PREFIX + rule;
        this.rule = rule;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
