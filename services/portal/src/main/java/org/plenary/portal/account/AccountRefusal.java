package org.plenary.portal.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request of the account pages that is refused, with the problem of each field it names (or of the form, under
 * the field {@code ""}); the page says it in the reader's language. Nothing was changed in Keycloak.
 */
public class AccountRefusal extends RuntimeException {

    /** What is wrong; each has a sentence in {@link AccountMessages}. */
    public enum Problem {
        NAME_REQUIRED,
        NAME_TAKEN,
        ALIAS_INVALID,
        ALIAS_TAKEN,
        WEBSITE_INVALID,
        ALREADY_IN_AN_ORGANISATION,
        NOT_AN_ORGANISATION_FOCAL_POINT,
        EMAIL_INVALID,
        ALREADY_A_MEMBER,
        NOT_A_MEMBER,
        NO_SUCH_MEMBER,
        CANNOT_REMOVE_YOURSELF,
        SECRETARIAT_ONLY,
        REFUSED_BY_KEYCLOAK
    }

    private final int status;
    private final Map<String, Problem> problems;

    public AccountRefusal(int status, Map<String, Problem> problems) {
        super(status + " " + problems);
        this.status = status;
        this.problems = Map.copyOf(problems);
    }

    public static AccountRefusal of(int status, String field, Problem problem) {
        return new AccountRefusal(status, Map.of(field, problem));
    }

    public int status() {
        return status;
    }

    /** The problems by field, in the order of the form. */
    public Map<String, Problem> problems(String... order) {
        Map<String, Problem> ordered = new LinkedHashMap<>();
        for (String field : order) {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        }
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
