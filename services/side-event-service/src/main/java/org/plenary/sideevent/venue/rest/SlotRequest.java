package org.plenary.sideevent.venue.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A side-event slot.
 *
 * @param startsAt        an instant, e.g. 2026-01-27T12:15:00Z (13:15 in Vienna)
 * @param durationMinutes default 50
 * @param label           e.g. LUNCH
 */
public record SlotRequest(
        @NotNull Instant startsAt,

        @Min(value = 10, message = "must be between 10 and 480")
        @Max(value = 480, message = "must be between 10 and 480")
        Integer durationMinutes,

        @Size(max = 50) String label) {

    public static final int DEFAULT_MINUTES = 50;

    public int minutes() {
        return durationMinutes == null ? DEFAULT_MINUTES : durationMinutes;
    }
}
