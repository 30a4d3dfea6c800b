package org.plenary.registration.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.plenary.platform.problem.RuleViolation;

/**
 * Reads a deadline as the secretariat states it, in the venue's time zone: an instant with an offset
 * ({@code 2026-01-22T18:00:00+01:00}), a local date-time taken as venue time ({@code 2026-01-22T18:00}), or a
 * date alone, which means 23:59:59 that day in the venue's time zone (the start of the day, for an opening).
 */
public final class VenueTime {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private VenueTime() {}

    public static Instant parse(String value, ZoneId zone, String field) {
        return parse(value, zone, field, END_OF_DAY);
    }

    /** Reads an opening time: a date alone means the start of that day in the venue's time zone. */
    public static Instant parseOpening(String value, ZoneId zone, String field) {
        return parse(value, zone, field, LocalTime.MIDNIGHT);
    }

    private static Instant parse(String value, ZoneId zone, String field, LocalTime timeOfDateAlone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .atTime(timeOfDateAlone)
                        .atZone(zone)
                        .toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(
                    field,
                    "must be a date (2026-01-22, meaning 23:59:59 venue time), a venue-local date-time"
                            + " (2026-01-22T18:00) or an instant with an offset (2026-01-22T18:00:00+01:00)");
        }
    }

    /**
     * The venue's time zone: a region id such as {@code Europe/Vienna}, never a fixed offset ({@code +01:00},
     * {@code UTC+01:00}, {@code Etc/GMT-1}), which would get the venue's clocks wrong once daylight saving changes.
     */
    public static ZoneId zone(String timeZone) {
        String message = "must be an IANA region time zone such as Europe/Vienna, not a fixed offset";
        if (timeZone == null
                || !timeZone.contains("/")
                || timeZone.startsWith("Etc/")
                || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw RuleViolation.invalid("timeZone", message);
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw RuleViolation.invalid("timeZone", message);
        }
    }

    /** The instant as the venue's clocks show it. */
    public static String inVenue(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : ZonedDateTime.ofInstant(instant, zone).toOffsetDateTime().toString();
    }
}
