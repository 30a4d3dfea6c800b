package org.plenary.accreditation.application.rest;

import java.time.Instant;
import org.plenary.accreditation.application.domain.Application;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;
import org.plenary.accreditation.application.domain.OrganisationProfile.Type;

/**
 * An accredited organisation as the public list shows it: no contact details; its ECOSOC status only as the
 * ECOSOC list it was matched to shows it, never as claimed.
 */
public record AccreditedOrganisationView(
        String organisationId,
        String name,
        String acronym,
        String country,
        Type type,
        String website,
        EcosocStatus ecosocStatus,
        Instant accreditedSince) {

    public static AccreditedOrganisationView of(Application app) {
        return new AccreditedOrganisationView(
                app.organisationId,
                app.organisation.name,
                app.organisation.acronym,
                app.organisation.country,
                app.organisation.type,
                app.organisation.website,
                app.ecosocMatch == null ? null : app.ecosocMatch.status,
                app.accreditedAt);
    }
}
