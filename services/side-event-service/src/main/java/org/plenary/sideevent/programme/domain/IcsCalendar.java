package org.plenary.sideevent.programme.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar feed (RFC 5545): a VCALENDAR of VEVENTs with UID, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY,
 * LOCATION and DESCRIPTION; text values escaped (section 3.3.11), lines ended with CRLF and folded at 75 octets
 * without splitting a UTF-8 character (section 3.1).
 */
public final class IcsCalendar {

    /** One event of the feed. */
    public record Event(
            String uid,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            Instant lastModified) {}

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {}

    /**
     * The whole feed.
     *
     * @param name     the calendar's name (X-WR-CALNAME, which calendar programs show)
     * @param timeZone the venue's IANA time zone, as a hint (X-WR-TIMEZONE); every time is written in UTC
     * @param stamp    when the feed was produced (each event's DTSTAMP)
     */
    public static String write(String name, String timeZone, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Plenary//side-event-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + text(timeZone));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            if (event.lastModified() != null) {
                line(out, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
            }
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    } else if (c == '\t') {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded: no line longer than 75 octets, continuations starting with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
