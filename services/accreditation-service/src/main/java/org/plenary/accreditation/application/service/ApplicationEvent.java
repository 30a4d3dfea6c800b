package org.plenary.accreditation.application.service;

import java.time.Instant;
import java.util.UUID;
import org.plenary.accreditation.application.domain.Application;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.application.domain.OrganisationProfile;
import org.plenary.platform.security.Actor;

/**
 * The data of every application event: the application after the change, the status before it, the
 * reason, and who acted. Of the contact details only the organisation's contact e-mail and language travel (the
 * notification service writes to it); an objecting state's name stays with the secretariat.
 */
record ApplicationEvent(
        UUID applicationId,
        String organisationId,
        String bodyId,
        ApplicationStatus status,
        ApplicationStatus previousStatus,
        Organisation organisation,
        Instant nonObjectionEndsAt,
        Instant accreditedAt,
        String reason,
        Actor actor) {

    record Organisation(
            String name,
            String acronym,
            String country,
            OrganisationProfile.Type type,
            String website,
            OrganisationProfile.EcosocStatus ecosocStatus,
            String contactEmail,
            String language) {}

    static ApplicationEvent of(Application app, ApplicationStatus previous, String reason, Actor actor) {
        OrganisationProfile p = app.organisation;
        Actor published = "state".equals(actor.role()) ? new Actor("state", "withheld") : actor;
        return new ApplicationEvent(
                app.id,
                app.organisationId,
                app.bodyId,
                app.status,
                previous,
                new Organisation(
                        p.name, p.acronym, p.country, p.type, p.website, p.ecosocStatus, p.contactEmail, p.language),
                app.nonObjectionEndsAt,
                app.accreditedAt,
                reason,
                published);
    }
}
