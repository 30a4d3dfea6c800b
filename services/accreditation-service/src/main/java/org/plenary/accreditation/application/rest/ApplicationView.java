package org.plenary.accreditation.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.accreditation.application.domain.Application;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.application.domain.OrganisationProfile;

/**
 * An application as its reader may see it. {@code objections} is filled on the single-application read
 * only, and holds what the body's disclosure policy lets this reader know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        UUID id,
        String bodyId,
        String organisationId,
        OrganisationProfile organisation,
        ApplicationStatus status,
        Instant submittedAt,
        Instant nonObjectionEndsAt,
        Instant accreditedAt,
        String reason,
        List<ObjectionView> objections) {

    /** An objection as this reader may see it: the state and the reason are left out where policy says so. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectionView(String state, String reason, Instant at) {}

    public static ApplicationView of(Application app, List<ObjectionView> objections) {
        return new ApplicationView(
                app.id,
                app.bodyId,
                app.organisationId,
                app.organisation,
                app.status,
                app.submittedAt,
                app.nonObjectionEndsAt,
                app.accreditedAt,
                app.reason,
                objections);
    }
}
