package org.plenary.platform.web;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a list (a query parameter each): equalities, and a text searched for in some fields; those
 * given become the query's conditions.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Filters() {}

    public static Filters create() {
        return new Filters();
    }

    /** Adds {@code field = value} unless the value is null. */
    public Filters and(String field, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(field + " = :" + name);
            parameters.and(name, value);
        }
        return this;
    }

    /**
     * Adds a search: {@code text} found anywhere in one of the {@code fields}, whatever the case, its LIKE wildcards
     * taken literally; nothing when the text is null or blank.
     */
    public Filters contains(String text, String... fields) {
        if (text != null && !text.isBlank()) {
            String name = "p" + conditions.size();
            List<String> any = new ArrayList<>();
            for (String field : fields) {
                any.add("lower(" + field + ") like :" + name + " escape '!'");
            }
            conditions.add("(" + String.join(" or ", any) + ")");
            parameters.and(name, "%" + likeEscaped(text.trim().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return this;
    }

    /** The text searched for, its LIKE wildcards taken literally (escaped with {@code !}). */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
