package org.plenary.accreditation.application.domain;

import static org.plenary.accreditation.application.domain.ApplicationStatus.ACCREDITED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.INFORMATION_REQUESTED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.NON_OBJECTION;
import static org.plenary.accreditation.application.domain.ApplicationStatus.OBJECTED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.REJECTED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.REVOKED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.SUBMITTED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.SUSPENDED;
import static org.plenary.accreditation.application.domain.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.problem.RuleViolation;

/**
 * Every transition of an application: the statuses it may start from, the status it leads to, and the event
 * it emits. The one place that says which move is allowed when.
 */
public enum ApplicationAction {
    SUBMIT("submit", EnumSet.noneOf(ApplicationStatus.class), SUBMITTED, AccreditationEvents.APPLICATION_SUBMITTED),
    FAST_TRACK(
            "accredit through the ECOSOC fast track",
            EnumSet.of(SUBMITTED),
            ACCREDITED,
            AccreditationEvents.APPLICATION_ACCREDITED),
    REQUEST_INFORMATION(
            "ask for more information on",
            EnumSet.of(SUBMITTED),
            INFORMATION_REQUESTED,
            AccreditationEvents.APPLICATION_INFORMATION_REQUESTED),
    PROVIDE_INFORMATION(
            "provide information on",
            EnumSet.of(INFORMATION_REQUESTED),
            SUBMITTED,
            AccreditationEvents.APPLICATION_INFORMATION_PROVIDED),
    CLEAR(
            "clear for the non-objection period",
            EnumSet.of(SUBMITTED),
            NON_OBJECTION,
            AccreditationEvents.APPLICATION_CLEARED),
    REJECT("reject", EnumSet.of(SUBMITTED, INFORMATION_REQUESTED), REJECTED, AccreditationEvents.APPLICATION_REJECTED),
    OBJECT("object to", EnumSet.of(NON_OBJECTION, OBJECTED), OBJECTED, AccreditationEvents.APPLICATION_OBJECTED),
    END_NON_OBJECTION(
            "accredit at the end of the non-objection period",
            EnumSet.of(NON_OBJECTION),
            ACCREDITED,
            AccreditationEvents.APPLICATION_ACCREDITED),
    DECIDE_ACCREDIT(
            "record the body's decision to accredit",
            EnumSet.of(OBJECTED),
            ACCREDITED,
            AccreditationEvents.APPLICATION_ACCREDITED),
    DECIDE_REJECT(
            "record the body's decision to reject",
            EnumSet.of(OBJECTED),
            REJECTED,
            AccreditationEvents.APPLICATION_REJECTED),
    WITHDRAW(
            "withdraw",
            EnumSet.of(SUBMITTED, INFORMATION_REQUESTED, NON_OBJECTION, OBJECTED),
            WITHDRAWN,
            AccreditationEvents.APPLICATION_WITHDRAWN),
    SUSPEND("suspend", EnumSet.of(ACCREDITED), SUSPENDED, AccreditationEvents.APPLICATION_SUSPENDED),
    REINSTATE("reinstate", EnumSet.of(SUSPENDED), ACCREDITED, AccreditationEvents.APPLICATION_REINSTATED),
    REVOKE("revoke", EnumSet.of(ACCREDITED, SUSPENDED), REVOKED, AccreditationEvents.APPLICATION_REVOKED);

    private final String verb;
    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final String eventType;

    ApplicationAction(String verb, Set<ApplicationStatus> from, ApplicationStatus to, String eventType) {
        this.verb = verb;
        this.from = from;
        this.to = to;
        this.eventType = eventType;
    }

    public ApplicationStatus target() {
        return to;
    }

    public String eventType() {
        return eventType;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** Refuses the action, naming the rule, unless an application in this status allows it. */
    public void check(ApplicationStatus current) {
        if (!allowedFrom(current)) {
            throw RuleViolation.conflict(
                            "transition-not-allowed",
                            "Not allowed in the application's status",
                            "An application that is " + current + " cannot " + verb + "; allowed from " + from + ".")
                    .with("currentStatus", current)
                    .with("action", name())
                    .with("allowedFrom", from);
        }
    }
}
