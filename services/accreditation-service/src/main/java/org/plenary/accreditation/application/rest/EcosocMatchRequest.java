package org.plenary.accreditation.application.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The ECOSOC list's entry the secretariat found to be the applicant's, by its name exactly as in the list. */
public record EcosocMatchRequest(
        @NotBlank(message = "is required: the organisation's name exactly as in the ECOSOC list") @Size(max = 300)
        String name) {}
