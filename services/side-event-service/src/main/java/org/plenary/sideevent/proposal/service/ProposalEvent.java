package org.plenary.sideevent.proposal.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.platform.security.Actor;
import org.plenary.sideevent.proposal.domain.Format;
import org.plenary.sideevent.proposal.domain.Proposal;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.proposal.rest.ProposalView.AllocationView;
import org.plenary.sideevent.proposal.rest.ProposalView.CoOrganisersView;

/**
 * The data of every proposal event (schemas/sideevent/proposal.json): the proposal after the change, the status
 * before it, its room and slot, the reason and who acted.
 */
record ProposalEvent(
        UUID proposalId,
        UUID sessionId,
        String bodyId,
        String organisationId,
        String title,
        String description,
        Format format,
        int expectedAttendance,
        CoOrganisersView coOrganisers,
        List<String> preferredSlotIds,
        ProposalStatus status,
        ProposalStatus previousStatus,
        Instant proposedAt,
        Instant decidedAt,
        AllocationView allocation,
        String reason,
        Actor actor) {

    static ProposalEvent of(
            Proposal p, String bodyId, ProposalStatus previous, AllocationView allocation, String reason, Actor actor) {
        return new ProposalEvent(
                p.id,
                p.sessionId,
                bodyId,
                p.organisationId,
                p.title,
                p.description,
                p.format,
                p.expectedAttendance,
                new CoOrganisersView(p.coOrganisations, p.coMemberStates),
                p.preferredSlots,
                p.status,
                previous,
                p.proposedAt,
                p.decidedAt,
                allocation,
                reason,
                actor);
    }
}
