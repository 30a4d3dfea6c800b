package org.plenary.accreditation.ecosoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;
import org.plenary.platform.problem.RuleViolation;

/**
 * Reads the list of organisations in consultative status with ECOSOC in the shape UN DESA publishes it: a
 * header line, then one organisation per line with its {@code name}, {@code status} (general, special, roster)
 * and {@code year} granted, and, where known, its {@code website}. Other columns are ignored. A value that
 * breaks a rule is refused naming its line and column.
 */
public final class EcosocCsv {

    public static final String NAME = "name";
    public static final String STATUS = "status";
    public static final String YEAR = "year";
    public static final String WEBSITE = "website";

    /** The year ECOSOC first granted consultative status. */
    static final int FIRST_YEAR = 1946;

    /** One organisation of the list. */
    public record Row(String name, EcosocStatus status, int year, String website) {}

    private EcosocCsv() {}

    /** The list's organisations, or a 400 naming the first bad line and column; {@code thisYear} bounds the year. */
    public static List<Row> parse(String csv, int thisYear) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw invalid(1, NAME, "the first line must name the columns: name,status,year[,website]");
        }
        List<String> header = fields(lines[0], 1, null).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String required : List.of(NAME, STATUS, YEAR)) {
            if (!header.contains(required)) {
                throw invalid(1, required, "the header has no column " + required + " (name,status,year[,website])");
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> values = fields(lines[i], line, header);
            if (values.size() < header.size()) {
                throw invalid(
                        line,
                        header.get(values.size()),
                        "is missing: the line has " + values.size() + " of the header's " + header.size() + " columns");
            }
            String name = values.get(header.indexOf(NAME)).strip();
            if (name.isEmpty() || name.length() > 300) {
                throw invalid(line, NAME, "must be the organisation's name, 1 to 300 characters");
            }
            Integer earlier = seen.putIfAbsent(name, line);
            if (earlier != null) {
                throw invalid(line, NAME, "appears already on line " + earlier);
            }
            EcosocStatus status = status(values.get(header.indexOf(STATUS)).strip(), line);
            int year = year(values.get(header.indexOf(YEAR)).strip(), line, thisYear);
            String website = header.contains(WEBSITE)
                    ? values.get(header.indexOf(WEBSITE)).strip()
                    : "";
            if (!website.isEmpty() && !website.matches("^https?://\\S+$")) {
                throw invalid(line, WEBSITE, "must be an http or https address, or empty");
            }
            rows.add(new Row(name, status, year, website.isEmpty() ? null : website));
        }
        if (rows.isEmpty()) {
            throw invalid(2, NAME, "the list names no organisation");
        }
        return rows;
    }

    private static EcosocStatus status(String value, int line) {
        try {
            return EcosocStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(line, STATUS, "must be general, special or roster, not '" + value + "'");
        }
    }

    private static int year(String value, int line, int thisYear) {
        int year = value.matches("^\\d{4}$") ? Integer.parseInt(value) : -1;
        if (year < FIRST_YEAR || year > thisYear) {
            throw invalid(
                    line,
                    YEAR,
                    "must be the year granted, " + FIRST_YEAR + " to " + thisYear + ", not '" + value + "'");
        }
        return year;
    }

    /** The line's comma-separated values; a value in double quotes may hold commas and doubled quotes. */
    private static List<String> fields(String line, int number, List<String> header) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"' && value.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                value.setLength(0);
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw invalid(number, column(header, values.size()), "has text after its closing quote");
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw invalid(number, column(header, values.size()), "has an opening quote that is never closed");
        }
        values.add(value.toString());
        return values;
    }

    private static String column(List<String> header, int index) {
        return header != null && index < header.size() ? header.get(index) : "column " + (index + 1);
    }

    static RuleViolation invalid(int line, String column, String message) {
        return new RuleViolation(
                        400,
                        "ecosoc-list-invalid",
                        "Invalid ECOSOC list",
                        "Line " + line + ", column " + column + ": " + message + ".",
                        null)
                .with("line", line)
                .with("column", column)
                .with("violations", List.of(Map.of("field", column, "line", line, "message", message)));
    }
}
