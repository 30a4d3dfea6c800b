package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a caller is told about a body Jackson could not read: the expected kind of value in plain words, never
 * a Java type, a class name or a parser's source location.
 */
final class JsonMessages {

    /** A Java type as Jackson's messages quote it ({@code `org.plenary.x.Y$Z`}, {@code `java.lang.Integer`}). */
    private static final Pattern QUOTED_TYPE = Pattern.compile("`[\\w.$\\[\\]<>, ]+`");

    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\\b(?:org|com|java|javax|jakarta|io|net|sun)\\.(?:[\\w$]+\\.)*[\\w$]+");

    /** Where the parser was: {@code (start marker at [Source: ...; line: 1, column: 1])}, {@code at [Source: ...]}. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\s*\\((?:start marker )?at \\[Source:[^\\]]*\\][^)]*\\)|\\s*at \\[Source:[^\\]]*\\]");

    private JsonMessages() {}

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this request (\"" + unknown.getPropertyName() + "\")";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "must be " + expected(invalid.getTargetType());
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return plain(instantiation.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + expected(mismatched.getTargetType());
        }
        return plain(e.getOriginalMessage());
    }

    /** The kind of value a Java type stands for, as a caller writing JSON would say it. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (YYYY-MM-DDTHH:MM)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an instant with its offset (e.g. 2026-01-26T10:00:00+01:00)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    /** A message with every Java type or qualified name taken out, on one line. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("");
        line = SOURCE_LOCATION.matcher(line).replaceAll("");
        line = QUOTED_TYPE.matcher(line).replaceAll("a value");
        line = QUALIFIED_NAME.matcher(line).replaceAll("a value");
        return line.strip();
    }
}
