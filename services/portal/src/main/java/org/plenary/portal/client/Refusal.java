package org.plenary.portal.client;

import java.util.List;

/**
 * A service's answer of 400 and above, read from its problem+json: the rule, the service's own words
 * ({@code detail}), the fields it names ({@code violations[].field}) and, for registrations, every reason.
 */
public class Refusal extends RuntimeException {

    /** A field the service refused, in its words. */
    public record FieldError(String field, String message) {}

    private final int status;
    private final String rule;
    private final String detail;
    private final List<FieldError> fields;
    private final List<String> reasons;

    public Refusal(int status, String rule, String detail, List<FieldError> fields, List<String> reasons) {
        super(status + " " + rule + ": " + detail);
        this.status = status;
        this.rule = rule;
        this.detail = detail;
        this.fields = List.copyOf(fields);
        this.reasons = List.copyOf(reasons);
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> fields() {
        return fields;
    }

    /** The details of every rule that stands in the way, where the service lists them ({@code reasons}). */
    public List<String> reasons() {
        return reasons;
    }

    public boolean notFound() {
        return status == 404;
    }
}
