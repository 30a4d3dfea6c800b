package org.plenary.sideevent.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.sideevent.venue.domain.StandardSlots.Period;
import org.plenary.sideevent.venue.domain.StandardSlots.Planned;

class StandardSlotsTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private final StandardSlots slots = new StandardSlots(
            Map.of(
                    Period.MORNING, LocalTime.of(9, 0),
                    Period.LUNCH, LocalTime.of(13, 15),
                    Period.EVENING, LocalTime.of(18, 15)),
            Duration.ofMinutes(50));

    @Test
    void threeFiftyMinuteSlotsADayInVenueTime() {
        List<Planned> planned = slots.plan(
                LocalDate.parse("2026-01-26"),
                LocalDate.parse("2026-01-30"),
                VIENNA,
                EnumSet.allOf(Period.class),
                false);
        assertThat(planned).hasSize(15);
        assertThat(planned.get(0))
                .isEqualTo(new Planned(
                        Instant.parse("2026-01-26T08:00:00Z"), Instant.parse("2026-01-26T08:50:00Z"), "MORNING"));
        assertThat(planned.get(1).startsAt()).isEqualTo(Instant.parse("2026-01-26T12:15:00Z"));
        assertThat(planned.get(14))
                .isEqualTo(new Planned(
                        Instant.parse("2026-01-30T17:15:00Z"), Instant.parse("2026-01-30T18:05:00Z"), "EVENING"));
    }

    @Test
    void theLocalTimeHoldsAcrossAChangeOfOffset() {
        // Summer time in Vienna starts on 29 March 2026: lunch is 13:15 local on both days, an hour apart in UTC.
        List<Planned> planned = slots.plan(
                LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"), VIENNA, EnumSet.of(Period.LUNCH), true);
        assertThat(planned)
                .extracting(Planned::startsAt)
                .containsExactly(Instant.parse("2026-03-28T12:15:00Z"), Instant.parse("2026-03-29T11:15:00Z"));
    }

    @Test
    void noSlotsOnASaturdayOrSundayUnlessTheSessionMeetsThen() {
        // Friday 23 to Tuesday 27 January 2026.
        LocalDate friday = LocalDate.parse("2026-01-23");
        LocalDate tuesday = LocalDate.parse("2026-01-27");
        assertThat(slots.plan(friday, tuesday, VIENNA, EnumSet.of(Period.LUNCH), false))
                .extracting(p -> p.startsAt().atZone(VIENNA).toLocalDate().toString())
                .containsExactly("2026-01-23", "2026-01-26", "2026-01-27");
        assertThat(slots.plan(friday, tuesday, VIENNA, EnumSet.of(Period.LUNCH), true))
                .hasSize(5);
    }
}
