package org.plenary.accreditation.application.domain;

/** Where an accreditation application stands. */
public enum ApplicationStatus {
    /** Waiting for the secretariat's review. */
    SUBMITTED,
    /** The secretariat asked the organisation for more information. */
    INFORMATION_REQUESTED,
    /** Cleared by the secretariat; member states may object until the period ends. */
    NON_OBJECTION,
    /** A state objected; the body decides, and the secretariat records its decision. */
    OBJECTED,
    ACCREDITED,
    REJECTED,
    WITHDRAWN,
    /** Accreditation suspended; it may be reinstated or revoked. */
    SUSPENDED,
    REVOKED;

    /** Whether an application in this status blocks a new one from the same organisation to the same body. */
    public boolean isActive() {
        return this != REJECTED && this != WITHDRAWN && this != REVOKED;
    }
}
