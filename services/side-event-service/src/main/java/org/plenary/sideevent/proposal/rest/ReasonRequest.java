package org.plenary.sideevent.proposal.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision that must say why. */
public record ReasonRequest(
        @NotBlank(message = "is required: say why") @Size(max = 4000)
        String reason) {}
