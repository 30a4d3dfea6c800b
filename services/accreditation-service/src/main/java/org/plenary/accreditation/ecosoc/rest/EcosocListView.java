package org.plenary.accreditation.ecosoc.rest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The ECOSOC list in force: the date of the published list, when it was imported, and how many organisations it
 * names in each consultative status. All null and zero until a list is imported.
 */
public record EcosocListView(
        LocalDate listDate, Instant importedAt, long entries, long general, long special, long roster) {

    public static EcosocListView empty() {
        return new EcosocListView(null, null, 0, 0, 0, 0);
    }
}
