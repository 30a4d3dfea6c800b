package org.plenary.accreditation.application.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An organisation's application to a body. */
public record ApplyRequest(
        @NotBlank String bodyId, @NotNull @Valid ProfileRequest organisation) {}
