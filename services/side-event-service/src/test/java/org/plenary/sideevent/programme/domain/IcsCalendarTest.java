package org.plenary.sideevent.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-01-10T09:00:00Z");

    private static String calendar(String summary, String description) {
        return IcsCalendar.write(
                "Side events: AHC",
                "Europe/Vienna",
                STAMP,
                List.of(new IcsCalendar.Event(
                        "p-1@side-event-service.plenary",
                        Instant.parse("2026-01-27T12:15:00Z"),
                        Instant.parse("2026-01-27T13:05:00Z"),
                        summary,
                        "Conference Room M3, Vienna International Centre",
                        description,
                        null)));
    }

    @Test
    void aCalendarOfEventsInUtcWithCrlfLineEnds() {
        String ics = calendar("Human rights safeguards", "Short");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("\r\nBEGIN:VEVENT\r\nUID:p-1@side-event-service.plenary\r\nDTSTAMP:20260110T090000Z\r\n")
                .contains("\r\nDTSTART:20260127T121500Z\r\nDTEND:20260127T130500Z\r\n")
                .contains("\r\nSUMMARY:Human rights safeguards\r\n")
                .contains("\r\nLOCATION:Conference Room M3\\, Vienna International Centre\r\n")
                .contains("\r\nEND:VEVENT\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textIsEscaped() {
        assertThat(IcsCalendar.text("a, b; c\\d\r\ne\nf\tg\u0007")).isEqualTo("a\\, b\\; c\\\\d\\ne\\nf g");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title =
                "Die Konvention gegen Cyberkriminalität und die Menschenrechte: Schutzgarantien für Journalistinnen, "
                        + "Verteidiger und Forschende — 网络犯罪公约与人权保障";
        String ics = calendar(title, "x".repeat(300));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + IcsCalendar.text(title) + "\r\n");
        assertThat(unfolded).contains("DESCRIPTION:" + "x".repeat(300) + "\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")))
                .isNotEmpty();
        // No replacement characters: every multi-byte character survived folding whole.
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("\uFFFD");
    }
}
