package org.plenary.portal.desk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secretariat's transitions of an application, as the accreditation service names them
 * ({@code POST /applications/{id}/<slug>}), with what each form asks for. Which one an application's status
 * allows is the service's to decide: {@link #offeredAt} only says which forms the page shows for a status, and a
 * refusal comes back in the service's words beside the form.
 */
public enum DeskAction {
    ECOSOC_CONFIRMATION("ecosoc-confirmation", Input.NONE, Set.of("SUBMITTED", "INFORMATION_REQUESTED")),
    ECOSOC_MATCH("ecosoc-match", Input.NAME, Set.of("SUBMITTED", "INFORMATION_REQUESTED")),
    INFORMATION_REQUEST("information-request", Input.REASON, Set.of("SUBMITTED")),
    CLEARANCE("clearance", Input.NOTE, Set.of("SUBMITTED")),
    REJECTION("rejection", Input.REASON, Set.of("SUBMITTED", "INFORMATION_REQUESTED")),
    DECISION("decision", Input.OUTCOME_AND_REASON, Set.of("OBJECTED")),
    SUSPENSION("suspension", Input.REASON, Set.of("ACCREDITED")),
    REINSTATEMENT("reinstatement", Input.REASON, Set.of("SUSPENDED")),
    REVOCATION("revocation", Input.REASON, Set.of("ACCREDITED", "SUSPENDED"));

    /** What the form asks for. */
    public enum Input {
        /** A button only. */
        NONE,
        /** The organisation's name exactly as in the ECOSOC list. */
        NAME,
        /** A reason, which the rule requires. */
        REASON,
        /** A reason, which may be left out. */
        NOTE,
        /** The body's decision (accredit or reject) and the reason citing it. */
        OUTCOME_AND_REASON
    }

    private static final Map<String, DeskAction> BY_SLUG = new HashMap<>();

    static {
        for (DeskAction action : values()) {
            BY_SLUG.put(action.slug, action);
        }
    }

    public final String slug;
    public final Input input;
    private final Set<String> offeredAt;

    DeskAction(String slug, Input input, Set<String> offeredAt) {
        this.slug = slug;
        this.input = input;
        this.offeredAt = offeredAt;
    }

    public static Optional<DeskAction> of(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    /** The forms the page shows for an application in this status (the ECOSOC ones only where status is claimed). */
    public static List<DeskAction> offeredAt(String status, boolean claimsEcosoc) {
        return Arrays.stream(values())
                .filter(a -> a.offeredAt.contains(status))
                .filter(a -> claimsEcosoc || (a != ECOSOC_CONFIRMATION && a != ECOSOC_MATCH))
                .toList();
    }

    /** The form's main input, where a refusal that names no field is shown: {@code reason}, {@code name}, ... */
    public String mainField() {
        return switch (input) {
            case NONE -> "action";
            case NAME -> "name";
            case REASON, NOTE, OUTCOME_AND_REASON -> "reason";
        };
    }

    public boolean asksReason() {
        return input == Input.REASON || input == Input.NOTE || input == Input.OUTCOME_AND_REASON;
    }

    public boolean reasonRequired() {
        return input == Input.REASON || input == Input.OUTCOME_AND_REASON;
    }

    public boolean asksName() {
        return input == Input.NAME;
    }

    public boolean asksOutcome() {
        return input == Input.OUTCOME_AND_REASON;
    }

    /** The request the service takes, from what was typed (blank left out, so that the service names it). */
    public Map<String, Object> request(String reason, String outcome, String name) {
        Map<String, Object> request = new HashMap<>();
        if (asksReason() && reason != null && !reason.isBlank()) {
            request.put("reason", reason.trim());
        }
        if (asksOutcome() && outcome != null && !outcome.isBlank()) {
            request.put("outcome", outcome.trim());
        }
        if (asksName() && name != null && !name.isBlank()) {
            request.put("name", name.trim());
        }
        return request;
    }
}
