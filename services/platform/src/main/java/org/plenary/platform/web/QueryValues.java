package org.plenary.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.plenary.platform.problem.RuleViolation;

/**
 * Reads optional query parameters whose values are constants, answering 400 with the allowed values for an
 * unknown one (JAX-RS itself would answer 404 for a query parameter it cannot convert).
 */
public final class QueryValues {

    private QueryValues() {}

    /** The constant named by {@code value}, or null when the parameter is absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(
                    parameter,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
