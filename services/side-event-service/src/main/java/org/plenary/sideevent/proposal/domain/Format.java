package org.plenary.sideevent.proposal.domain;

/** How a side event is held. */
public enum Format {
    IN_PERSON,
    HYBRID,
    ONLINE
}
