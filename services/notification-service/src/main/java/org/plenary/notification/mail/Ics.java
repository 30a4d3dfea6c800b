package org.plenary.notification.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The iCalendar file (RFC 5545) attached to an approved side event's mail: its room and slot, in UTC. */
final class Ics {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {}

    static String of(PendingMail mail, Map<String, Object> facts) {
        Instant starts = (Instant) facts.get("startsAt");
        Instant ends = (Instant) facts.get("endsAt");
        if (starts == null || ends == null) {
            return null;
        }
        String location = facts.get("room") + (facts.get("venue") == null ? "" : ", " + facts.get("venue"));
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Plenary//notification-service//EN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + mail.data().path("proposalId").asText() + "@plenary",
                "DTSTAMP:" + UTC.format(stamp(mail, starts)),
                "DTSTART:" + UTC.format(starts),
                "DTEND:" + UTC.format(ends),
                "SUMMARY:" + escape(String.valueOf(facts.get("title"))),
                "LOCATION:" + escape(location),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    /** When the event was approved, as the approval says; else its start. */
    private static Instant stamp(PendingMail mail, Instant otherwise) {
        String decided = mail.data().path("decidedAt").asText(null);
        return decided == null ? otherwise : Instant.parse(decided);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
