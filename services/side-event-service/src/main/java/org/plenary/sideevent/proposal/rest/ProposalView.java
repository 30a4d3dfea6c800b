package org.plenary.sideevent.proposal.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.proposal.domain.Format;
import org.plenary.sideevent.proposal.domain.Proposal;
import org.plenary.sideevent.proposal.domain.ProposalStatus;

/**
 * A proposal as the secretariat and its organisers see it. {@code organisationName} is the name under which the
 * organiser applied to the session's body (null while the service has read no accreditation event naming it).
 * {@code allocation} is the room and slot of an approved
 * proposal (and, for a cancelled one, those it was freed from).
 */
public record ProposalView(
        UUID id,
        UUID sessionId,
        String organisationId,
        String organisationName,
        String title,
        String description,
        Format format,
        int expectedAttendance,
        CoOrganisersView coOrganisers,
        List<String> preferredSlotIds,
        ProposalStatus status,
        Instant proposedAt,
        Instant updatedAt,
        Instant decidedAt,
        String reason,
        AllocationView allocation) {

    public record CoOrganisersView(List<String> organisations, List<String> memberStates) {}

    public record AllocationView(UUID roomId, String roomName, UUID slotId, Instant startsAt, Instant endsAt) {}

    public static ProposalView of(Proposal p, String roomName, String organisationName) {
        AllocationView allocation = p.allocation == null || p.allocation.roomId == null
                ? null
                : new AllocationView(
                        p.allocation.roomId, roomName, p.allocation.slotId, p.allocation.startsAt, p.allocation.endsAt);
        return new ProposalView(
                p.id,
                p.sessionId,
                p.organisationId,
                organisationName,
                p.title,
                p.description,
                p.format,
                p.expectedAttendance,
                new CoOrganisersView(p.coOrganisations, p.coMemberStates),
                p.preferredSlots,
                p.status,
                p.proposedAt,
                p.updatedAt,
                p.decidedAt,
                p.reason,
                allocation);
    }
}
