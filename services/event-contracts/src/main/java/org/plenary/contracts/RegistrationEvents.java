package org.plenary.contracts;

/**
 * The registration service's topics and event types. Each type has a JSON Schema at
 * {@code schemas/<type>.json} in this module; {@code deploy/topics.conf} declares each topic.
 */
public final class RegistrationEvents {

    /** Sessions, keyed by session id; each event carries the whole session. Compacted. */
    public static final String SESSIONS_TOPIC = "registration.session.events";
    /** Delegates' registrations, keyed by organisation id so that one organisation's events stay in order. */
    public static final String REGISTRATIONS_TOPIC = "registration.registration.events";

    public static final String SESSION_CREATED = "registration.session.created";
    public static final String SESSION_UPDATED = "registration.session.updated";

    public static final String REGISTERED = "registration.registration.registered";
    public static final String WAITLISTED = "registration.registration.waitlisted";
    public static final String PROMOTED = "registration.registration.promoted";
    public static final String SUBSTITUTED = "registration.registration.substituted";
    public static final String CANCELLED = "registration.registration.cancelled";
    public static final String CONFIRMED = "registration.registration.confirmed";
    public static final String DECLINED = "registration.registration.declined";
    public static final String WITHDRAWN = "registration.registration.withdrawn";
    /** Another delegate heads the organisation's delegation: named by it, or next in line when the head left. */
    public static final String HEAD_OF_DELEGATION_CHANGED = "registration.registration.head-of-delegation-changed";

    /** A new version of an organisation's nomination letter for a session (keyed by organisation, subject the session). */
    public static final String LETTER_UPLOADED = "registration.registration.letter-uploaded";

    private RegistrationEvents() {}
}
