package org.plenary.accreditation.application.rest;

import java.time.Instant;
import java.util.UUID;
import org.plenary.accreditation.application.domain.ApplicationStatus;

/**
 * One of the calling state's own objections, with what became of the application: its organisation by name, the
 * state's reason, when, and where the application stands now (awaiting the body's decision, accredited, rejected,
 * ...). No contact detail, and nothing of other states' objections.
 */
public record OwnObjectionView(
        UUID applicationId,
        String bodyId,
        String organisationName,
        String organisationCountry,
        String reason,
        Instant at,
        ApplicationStatus applicationStatus) {}
