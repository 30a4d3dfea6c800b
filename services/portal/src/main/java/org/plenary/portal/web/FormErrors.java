package org.plenary.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.portal.client.Refusal;

/**
 * A service's refusal laid out for a form (the GOV.UK error-summary pattern): a summary at the top linking to
 * each field in error, and each field's message next to it. The words are the service's own: each violation's
 * message, or, when the refusal names no field, its {@code detail} and every reason it gives.
 *
 * <p>A field inside a list, as the services name it ({@code coOrganisers.memberStates[1]},
 * {@code preferredSlotIds[0]}, {@code preferredSlots[0].start}), is shown next to that element's own input where
 * the form has one ({@link ListInputs#elementId}), and otherwise next to the list's input or group, whose id is the
 * list's name ({@code coOrganisers-memberStates}), with the words that say which element it is where the form
 * knows them ({@link ListInputs#elementName}).
 */
public final class FormErrors {

    /** One line of the summary; {@code target} is the id of the field it names, or null. */
    public record Item(String target, String message) {}

    /**
     * How a form shows one of the service's lists. {@code elementId} gives the id of the input of the element at an
     * index (as the request sent it), or null where the element has no input of its own; {@code elementName} the
     * words that name that element beside the list's input (the value sent, say), or null.
     */
    public record ListInputs(IntFunction<String> elementId, IntFunction<String> elementName) {

        /** Each element has an input of its own. */
        public static ListInputs eachElement(IntFunction<String> elementId) {
            return new ListInputs(elementId, i -> null);
        }

        /** One input holds the whole list; each element is named by the value that was sent. */
        public static ListInputs oneInput(List<String> sent) {
            return new ListInputs(i -> null, i -> i >= 0 && i < sent.size() ? sent.get(i) : null);
        }
    }

    /** A list's name, the element's index (or key) and what follows it: {@code a.b[2].c} is {@code a.b}, 2, {@code .c}. */
    private static final Pattern ELEMENT = Pattern.compile("^([^\\[]+)\\[([^\\]]*)\\](.*)$");

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

    /** A message beside each of several rows (by key, the row's id being {@code prefix + key}), and in the summary. */
    public static FormErrors rows(Map<String, String> messageByKey, String prefix) {
        List<Item> items = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        messageByKey.forEach((key, message) -> {
            items.add(new Item(prefix + key, message));
            fields.put(prefix + key, message);
        });
        return new FormErrors(List.copyOf(items), Map.copyOf(fields));
    }

    /** One message beside one input (the field with this id), and in the summary. */
    public static FormErrors at(String id, String message) {
        return new FormErrors(List.of(new Item(id, message)), Map.of(id, message));
    }

    public static FormErrors of(Refusal refusal) {
        return of(refusal, Map.of(), Map.of());
    }

    /**
     * As {@link #of(Refusal, Map)}, and each field inside one of the {@code lists} (by the service's name of the
     * list) shown where that form shows the list's elements.
     */
    public static FormErrors of(Refusal refusal, Map<String, String> fieldByRule, Map<String, ListInputs> lists) {
        String ruleField = fieldByRule.get(refusal.rule());
        if (refusal.fields().isEmpty() && ruleField != null) {
            return atRuleField(refusal, ruleField);
        }
        List<Item> summary = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (Refusal.FieldError field : refusal.fields()) {
            Item item = placed(field, lists);
            byField.merge(item.target(), item.message(), (a, b) -> a + "; " + b);
            summary.add(item);
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
        return of(refusal, fieldByRule, Map.of());
    }

    private static FormErrors atRuleField(Refusal refusal, String field) {
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

    /** Where a field's message goes, and in which words. */
    private static Item placed(Refusal.FieldError field, Map<String, ListInputs> lists) {
        Matcher element = ELEMENT.matcher(field.field());
        if (!element.matches()) {
            return new Item(id(field.field()), field.message());
        }
        String list = element.group(1);
        int index;
        try {
            index = Integer.parseInt(element.group(2));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0) {
            return new Item(id(list), field.message());
        }
        ListInputs inputs = lists.get(list);
        String own = inputs == null ? null : inputs.elementId().apply(index);
        if (own != null) {
            return new Item(own, field.message());
        }
        String name = inputs == null ? null : inputs.elementName().apply(index);
        return new Item(id(list), name == null || name.isBlank() ? field.message() : name + ": " + field.message());
    }

    /** The HTML id of the input for a service's field name: {@code delegate.email} is {@code delegate-email}. */
    public static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * The same refusal for one of several forms on a page, whose inputs' ids all begin with {@code prefix}
     * ({@code reject-} for the rejection form's {@code reject-reason}), so that each message lands in its own form.
     */
    public FormErrors prefixed(String prefix) {
        List<Item> items = summary.stream()
                .map(item -> new Item(item.target() == null ? null : prefix + item.target(), item.message()))
                .toList();
        Map<String, String> fields = new LinkedHashMap<>();
        byField.forEach((id, message) -> fields.put(prefix + id, message));
        return new FormErrors(items, Map.copyOf(fields));
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
