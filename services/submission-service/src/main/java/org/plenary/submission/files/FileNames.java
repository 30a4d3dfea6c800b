package org.plenary.submission.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.plenary.platform.problem.RuleViolation;

/**
 * The name an uploaded file is kept under. A name that cannot be a file's (empty, a directory such as {@code /}, a
 * {@code .} or {@code ..}, control characters, over 255 bytes) is refused before anything is checked or stored; a
 * good one keeps its last segment only, in characters safe for a Content-Disposition header.
 */
public final class FileNames {

    /** The longest name most file systems keep, in UTF-8 bytes. */
    public static final int MAX_BYTES = 255;

    private FileNames() {}

    /** The safe name to keep for this uploaded file name, or the bad-file-name refusal naming the field. */
    public static String safe(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw refused(field, "has no file name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused(field, "has a file name over " + MAX_BYTES + " bytes");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw refused(field, "has control characters in its file name");
        }
        String normalised = name.replace('\\', '/');
        String last = normalised.substring(normalised.lastIndexOf('/') + 1);
        if (last.isBlank() || last.equals(".") || last.equals("..")) {
            throw refused(field, "has a file name that names a directory, not a file");
        }
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.startsWith(".") || safe.replace("_", "").isEmpty() ? "submission.pdf" : safe;
    }

    private static RuleViolation refused(String field, String message) {
        return new RuleViolation(
                400,
                "bad-file-name",
                "Bad file name",
                field + ": " + message + ".",
                Map.of("violations", List.of(Map.of("field", field, "message", message))));
    }
}
