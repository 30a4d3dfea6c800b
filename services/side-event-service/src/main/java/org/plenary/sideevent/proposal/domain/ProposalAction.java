package org.plenary.sideevent.proposal.domain;

import static org.plenary.sideevent.proposal.domain.ProposalStatus.APPROVED;
import static org.plenary.sideevent.proposal.domain.ProposalStatus.CANCELLED;
import static org.plenary.sideevent.proposal.domain.ProposalStatus.PENDING;
import static org.plenary.sideevent.proposal.domain.ProposalStatus.REJECTED;
import static org.plenary.sideevent.proposal.domain.ProposalStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.plenary.contracts.SideEventEvents;
import org.plenary.platform.problem.RuleViolation;

/**
 * Every change of a proposal: the statuses it may start from, the status it leads to, and the event it emits.
 * The one place that says which move is allowed when.
 */
public enum ProposalAction {
    PROPOSE("propose", EnumSet.noneOf(ProposalStatus.class), PENDING, SideEventEvents.PROPOSAL_PROPOSED),
    UPDATE("edit", EnumSet.of(PENDING), PENDING, SideEventEvents.PROPOSAL_UPDATED),
    WITHDRAW("withdraw", EnumSet.of(PENDING), WITHDRAWN, SideEventEvents.PROPOSAL_WITHDRAWN),
    APPROVE("approve", EnumSet.of(PENDING), APPROVED, SideEventEvents.PROPOSAL_APPROVED),
    REJECT("reject", EnumSet.of(PENDING), REJECTED, SideEventEvents.PROPOSAL_REJECTED),
    CANCEL("cancel", EnumSet.of(PENDING, APPROVED), CANCELLED, SideEventEvents.PROPOSAL_CANCELLED);

    private final String verb;
    private final Set<ProposalStatus> from;
    private final ProposalStatus to;
    private final String eventType;

    ProposalAction(String verb, Set<ProposalStatus> from, ProposalStatus to, String eventType) {
        this.verb = verb;
        this.from = from;
        this.to = to;
        this.eventType = eventType;
    }

    public ProposalStatus target() {
        return to;
    }

    public String eventType() {
        return eventType;
    }

    /** Whether a proposal in this status allows the action; null stands for a proposal not made yet. */
    public boolean allowedFrom(ProposalStatus status) {
        return status == null ? from.isEmpty() : from.contains(status);
    }

    /**
     * The status a proposal in this status moves to by the action, or a refusal naming the rule: every change of a
     * proposal's status goes through here.
     */
    public ProposalStatus apply(ProposalStatus current) {
        check(current);
        return to;
    }

    /** Refuses the action, naming the rule, unless a proposal in this status allows it. */
    public void check(ProposalStatus current) {
        if (!allowedFrom(current)) {
            throw RuleViolation.conflict(
                            "transition-not-allowed",
                            "Not allowed in the proposal's status",
                            (current == null ? "A proposal not made yet" : "A proposal that is " + current)
                                    + " cannot be " + past() + "; allowed from " + from + ".")
                    .with("currentStatus", current)
                    .with("action", name())
                    .with("allowedFrom", from);
        }
    }

    private String past() {
        return switch (this) {
            case PROPOSE -> "proposed";
            case UPDATE -> "edited";
            case WITHDRAW -> "withdrawn";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case CANCEL -> "cancelled";
        };
    }

    @Override
    public String toString() {
        return verb;
    }
}
