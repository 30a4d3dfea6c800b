package org.plenary.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An instant as a page shows it: in the venue's time zone and in the reader's, and how long until it
 * ({@code days}, {@code hours}, {@code minutes}), or that it has passed.
 */
public record Moment(
        String venueTime,
        String venueZone,
        String readerTime,
        String readerZone,
        String iso,
        boolean passed,
        long days,
        long hours,
        long minutes) {

    public static Moment of(Instant at, ZoneId venue, ZoneId reader, Locale locale, Instant now) {
        if (at == null) {
            return null;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        Duration left = Duration.between(now, at);
        boolean passed = left.isNegative() || left.isZero();
        return new Moment(
                format.format(at.atZone(venue)),
                venue.getId(),
                format.format(at.atZone(reader)),
                reader.getId(),
                at.toString(),
                passed,
                passed ? 0 : left.toDays(),
                passed ? 0 : left.toHoursPart(),
                passed ? 0 : left.toMinutesPart());
    }

    /** Whether the reader's zone is the venue's, so that the page says the time once. */
    public boolean sameZone() {
        return venueZone.equals(readerZone);
    }
}
