package org.plenary.sideevent.venue.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The standard side-event slots of a UN session: on each of its meeting days (weekdays, and weekends only when the
 * session meets then), one before the morning meeting, one at lunch
 * time and one after the afternoon meeting, each typically 50 minutes, at the same local time in the venue's
 * time zone whatever the offset from UTC that day.
 */
public final class StandardSlots {

    /** The three standard slots of a day. */
    public enum Period {
        MORNING,
        LUNCH,
        EVENING
    }

    /** One slot to create. */
    public record Planned(Instant startsAt, Instant endsAt, String label) {}

    private final Map<Period, LocalTime> startTimes;
    private final Duration length;

    public StandardSlots(Map<Period, LocalTime> startTimes, Duration length) {
        this.startTimes = Map.copyOf(startTimes);
        this.length = length;
    }

    /**
     * The slots of the chosen periods on every meeting day from {@code first} to {@code last}, in time order: not on
     * a Saturday or Sunday unless the session meets then.
     */
    public List<Planned> plan(
            LocalDate first, LocalDate last, ZoneId zone, Collection<Period> periods, boolean meetsOnWeekends) {
        List<Planned> planned = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!meetsOnWeekends && isWeekend(day)) {
                continue;
            }
            for (Period period : Period.values()) {
                if (!periods.contains(period)) {
                    continue;
                }
                Instant start =
                        ZonedDateTime.of(day, startTimes.get(period), zone).toInstant();
                planned.add(new Planned(start, start.plus(length), period.name()));
            }
        }
        return planned;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
