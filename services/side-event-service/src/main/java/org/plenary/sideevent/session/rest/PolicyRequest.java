package org.plenary.sideevent.session.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The session's side-event policy as the secretariat sets it. */
public record PolicyRequest(
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be between 1 and 20")
        @Max(value = 20, message = "must be between 1 and 20")
        Integer eventsPerOrganiser,
        /** Whether the session meets on Saturdays and Sundays between its dates; absent: unchanged (default false). */
        Boolean meetsOnWeekends) {}
