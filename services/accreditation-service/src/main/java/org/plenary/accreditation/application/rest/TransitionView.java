package org.plenary.accreditation.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.plenary.accreditation.application.domain.ApplicationAction;
import org.plenary.accreditation.application.domain.ApplicationStatus;

/** One step of an application's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionView(
        ApplicationAction action,
        ApplicationStatus from,
        ApplicationStatus to,
        String actorRole,
        String actor,
        Instant at,
        String reason) {}
