package org.plenary.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that breaks a rule. Carries what the problem+json answer says: the status, the rule's short
 * name, a title, a detail for this case and any facts the caller needs (a deadline, a quota, ...).
 */
public class RuleViolation extends RuntimeException {

    private final int status;
    private final String rule;
    private final String title;
    private final Map<String, Object> facts;

    public RuleViolation(Status status, String rule, String title, String detail, Map<String, Object> facts) {
        this(status.getStatusCode(), rule, title, detail, facts);
    }

    public RuleViolation(int status, String rule, String title, String detail, Map<String, Object> facts) {
        super(detail, null, false, false);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a rule violation is a 4xx answer, not " + status);
        }
        this.status = status;
        this.rule = rule;
        this.title = title;
        this.facts = facts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(facts);
    }

    /** The request conflicts with the current state (409). */
    public static RuleViolation conflict(String rule, String title, String detail) {
        return new RuleViolation(Status.CONFLICT, rule, title, detail, null);
    }

    /** The request is well formed but a business rule refuses it (422). */
    public static RuleViolation refused(String rule, String title, String detail) {
        return new RuleViolation(422, rule, title, detail, null);
    }

    /** The caller may not do this to this record (403). */
    public static RuleViolation forbidden(String rule, String detail) {
        return new RuleViolation(Status.FORBIDDEN, rule, "Not allowed", detail, null);
    }

    /** No such record, or none the caller may see (404). */
    public static RuleViolation notFound(String what, Object id) {
        return new RuleViolation(
                Status.NOT_FOUND, "not-found", "Not found", "No " + what + " " + id + ".", Map.of("resource", what));
    }

    /** A request value that fails a rule no annotation can express (400). */
    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(
                Status.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                field + ": " + message,
                Map.of("violations", java.util.List.of(Map.of("field", field, "message", message))));
    }

    /** Adds a fact to the answer. */
    public RuleViolation with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
