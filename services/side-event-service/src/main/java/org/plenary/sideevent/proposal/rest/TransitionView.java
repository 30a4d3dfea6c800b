package org.plenary.sideevent.proposal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.plenary.sideevent.proposal.domain.ProposalAction;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.proposal.domain.ProposalTransition;

/** One step of a proposal's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionView(
        ProposalAction action,
        ProposalStatus from,
        ProposalStatus to,
        String actorRole,
        String actor,
        Instant at,
        String reason) {

    public static TransitionView of(ProposalTransition step) {
        return new TransitionView(
                step.action, step.fromStatus, step.toStatus, step.actorRole, step.actorSubject, step.at, step.reason);
    }
}
