package org.plenary.sideevent.proposal.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The room and slot the secretariat allocates to a proposal it approves. */
public record ApprovalRequest(@NotNull UUID roomId, @NotNull UUID slotId) {}
