package org.plenary.platform.web;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** The optional equality filters of a list (a query parameter each): those given become the query's conditions. */
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

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
