package org.plenary.accreditation.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.accreditation.application.domain.Application;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.application.domain.OrganisationProfile;
import org.plenary.accreditation.ecosoc.EcosocMatch;

/**
 * An application as its reader may see it, with the ECOSOC list's entry it was matched to, if any. {@code objections} is filled on the single-application read
 * only, and holds what the body's disclosure policy lets this reader know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        UUID id,
        String bodyId,
        String organisationId,
        OrganisationProfile organisation,
        EcosocMatch ecosocMatch,
        FastTrackRefused fastTrackRefused,
        ApplicationStatus status,
        Instant submittedAt,
        Instant nonObjectionEndsAt,
        Instant accreditedAt,
        String reason,
        List<ObjectionView> objections) {

    /** An objection as this reader may see it: the state and the reason are left out where policy says so. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectionView(String state, String reason, Instant at) {}

    /**
     * Why an application that claims ECOSOC status waits for the secretariat: the claim matches no entry of the
     * ECOSOC list (yet).
     */
    public record FastTrackRefused(String rule, String detail) {

        static FastTrackRefused of(Application app) {
            boolean waiting =
                    app.status == ApplicationStatus.SUBMITTED || app.status == ApplicationStatus.INFORMATION_REQUESTED;
            return app.organisation.ecosocStatus != null && app.ecosocMatch == null && waiting
                    ? new FastTrackRefused(
                            "ecosoc-status-unverified",
                            "The claimed ECOSOC status matches no entry of the imported ECOSOC list by name and"
                                    + " website: the secretariat matches the application to its entry, or reviews it.")
                    : null;
        }
    }

    public static ApplicationView of(Application app, List<ObjectionView> objections) {
        return new ApplicationView(
                app.id,
                app.bodyId,
                app.organisationId,
                app.organisation,
                app.ecosocMatch,
                FastTrackRefused.of(app),
                app.status,
                app.submittedAt,
                app.nonObjectionEndsAt,
                app.accreditedAt,
                app.reason,
                objections);
    }

    /** The view without the organisation's contact address: what a state's focal point reads. */
    public ApplicationView withoutContact() {
        if (organisation == null) {
            return this;
        }
        OrganisationProfile shown = new OrganisationProfile();
        shown.name = organisation.name;
        shown.acronym = organisation.acronym;
        shown.country = organisation.country;
        shown.type = organisation.type;
        shown.website = organisation.website;
        shown.description = organisation.description;
        shown.ecosocStatus = organisation.ecosocStatus;
        shown.language = organisation.language;
        return new ApplicationView(
                id,
                bodyId,
                organisationId,
                shown,
                ecosocMatch,
                fastTrackRefused,
                status,
                submittedAt,
                nonObjectionEndsAt,
                accreditedAt,
                reason,
                objections);
    }
}
