package org.plenary.sideevent.venue.rest;

import java.util.EnumSet;
import java.util.Set;
import org.plenary.sideevent.venue.domain.StandardSlots.Period;

/**
 * Which of the standard slots to create on every day of the session.
 *
 * @param periods MORNING, LUNCH, EVENING; all three when left out
 */
public record StandardSlotsRequest(Set<Period> periods) {

    public Set<Period> periodsOrAll() {
        return periods == null || periods.isEmpty() ? EnumSet.allOf(Period.class) : EnumSet.copyOf(periods);
    }
}
