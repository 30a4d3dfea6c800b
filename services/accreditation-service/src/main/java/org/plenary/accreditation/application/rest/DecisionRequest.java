package org.plenary.accreditation.application.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.plenary.accreditation.application.domain.ApplicationAction;

/** The body's decision on an application a state objected to, as the secretariat records it. */
public record DecisionRequest(
        @NotNull(message = "must be ACCREDIT or REJECT") Outcome outcome,

        @NotBlank(message = "is required: cite the body's decision") @Size(max = 4000)
        String reason) {

    public enum Outcome {
        ACCREDIT,
        REJECT
    }

    /** The transition that records this decision. */
    public ApplicationAction action() {
        return outcome == Outcome.ACCREDIT ? ApplicationAction.DECIDE_ACCREDIT : ApplicationAction.DECIDE_REJECT;
    }
}
