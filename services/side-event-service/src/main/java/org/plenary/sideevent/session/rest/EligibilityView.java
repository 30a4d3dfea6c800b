package org.plenary.sideevent.session.rest;

import java.util.UUID;

/**
 * Whether an organisation may propose side events for a session: it has a confirmed registration for it
 * ({@code confirmedRegistrations}) and its accreditation to the session's body is not {@code suspended}.
 */
public record EligibilityView(
        UUID sessionId, String organisationId, boolean eligible, long confirmedRegistrations, boolean suspended) {}
