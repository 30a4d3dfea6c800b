package org.plenary.sideevent.session.rest;

import java.util.UUID;

/**
 * Whether an organisation may propose side events for a session (and be named a co-organiser): it has a
 * confirmed registration for it.
 */
public record EligibilityView(UUID sessionId, String organisationId, boolean eligible, long confirmedRegistrations) {}
