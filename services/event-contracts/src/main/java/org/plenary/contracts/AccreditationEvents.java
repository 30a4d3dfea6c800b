package org.plenary.contracts;

/**
 * The accreditation service's topics and event types. Each type has a JSON Schema at
 * {@code schemas/<type>.json} in this module; {@code deploy/topics.conf} declares each topic.
 */
public final class AccreditationEvents {

    /** Applications and accreditations, keyed by organisation id so that one organisation's events stay in order. */
    public static final String APPLICATIONS_TOPIC = "accreditation.application.events";
    /** Bodies and their accreditation policy, keyed by body id. Compacted: the latest event per body is its state. */
    public static final String BODIES_TOPIC = "accreditation.body.events";

    public static final String BODY_DEFINED = "accreditation.body.defined";
    public static final String BODY_UPDATED = "accreditation.body.updated";

    public static final String APPLICATION_SUBMITTED = "accreditation.application.submitted";
    public static final String APPLICATION_INFORMATION_REQUESTED = "accreditation.application.information-requested";
    public static final String APPLICATION_INFORMATION_PROVIDED = "accreditation.application.information-provided";
    public static final String APPLICATION_CLEARED = "accreditation.application.cleared";
    public static final String APPLICATION_OBJECTED = "accreditation.application.objected";
    public static final String APPLICATION_ACCREDITED = "accreditation.application.accredited";
    public static final String APPLICATION_REJECTED = "accreditation.application.rejected";
    public static final String APPLICATION_WITHDRAWN = "accreditation.application.withdrawn";
    public static final String APPLICATION_SUSPENDED = "accreditation.application.suspended";
    public static final String APPLICATION_REINSTATED = "accreditation.application.reinstated";
    public static final String APPLICATION_REVOKED = "accreditation.application.revoked";

    private AccreditationEvents() {}
}
