package org.plenary.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.portal.client.Refusal;

/**
 * A service's refusal laid out for a form (the GOV.UK error-summary pattern): a summary at the top linking to
 * each field in error, and each field's message next to it. The words are the service's own: each violation's
 * message, or, when the refusal names no field, its {@code detail} and every reason it gives.
 */
public final class FormErrors {

    /** One line of the summary; {@code target} is the id of the field it names, or null. */
    public record Item(String target, String message) {}

    private static final FormErrors NONE = new FormErrors(List.of(), Map.of());

    private final List<Item> summary;
    private final Map<String, String> byField;

    private FormErrors(List<Item> summary, Map<String, String> byField) {
        this.summary = summary;
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(Refusal refusal) {
        List<Item> summary = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (Refusal.FieldError field : refusal.fields()) {
            String id = id(field.field());
            byField.merge(id, field.message(), (a, b) -> a + "; " + b);
            summary.add(new Item(id, field.message()));
        }
        if (summary.isEmpty()) {
            if (refusal.reasons().isEmpty()) {
                summary.add(new Item(null, refusal.detail()));
            }
            for (String reason : refusal.reasons()) {
                summary.add(new Item(null, reason));
            }
        }
        return new FormErrors(List.copyOf(summary), Map.copyOf(byField));
    }

    /**
     * As {@link #of(Refusal)}, and a refusal that names no field but whose rule belongs to one of the form's
     * fields (a file that is not a PDF, a body that takes no applications) is shown next to that field:
     * {@code fieldByRule} maps the service's rule to the service's field name.
     */
    public static FormErrors of(Refusal refusal, Map<String, String> fieldByRule) {
        String field = fieldByRule.get(refusal.rule());
        if (!refusal.fields().isEmpty() || field == null) {
            return of(refusal);
        }
        String id = id(field);
        List<Item> summary = new ArrayList<>();
        summary.add(new Item(id, refusal.detail()));
        for (String reason : refusal.reasons()) {
            if (!reason.equals(refusal.detail())) {
                summary.add(new Item(null, reason));
            }
        }
        return new FormErrors(List.copyOf(summary), Map.of(id, refusal.detail()));
    }

    /** The HTML id of the input for a service's field name: {@code delegate.email} is {@code delegate-email}. */
    public static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public List<Item> summary() {
        return summary;
    }

    /** The message next to the field with this id, or null. */
    public String message(String id) {
        return byField.get(id);
    }

    public boolean has(String id) {
        return byField.containsKey(id);
    }
}
