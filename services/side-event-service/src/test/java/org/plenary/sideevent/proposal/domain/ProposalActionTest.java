package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;

class ProposalActionTest {

    @Test
    void anOrganisationEditsOrWithdrawsOnlyUntilTheProposalIsDecided() {
        for (ProposalAction action : new ProposalAction[] {ProposalAction.UPDATE, ProposalAction.WITHDRAW}) {
            assertThat(action.allowedFrom(ProposalStatus.PENDING)).isTrue();
            assertThat(action.allowedFrom(ProposalStatus.APPROVED)).isFalse();
            assertThat(action.allowedFrom(ProposalStatus.REJECTED)).isFalse();
        }
        assertThatThrownBy(() -> ProposalAction.WITHDRAW.check(ProposalStatus.APPROVED))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("transition-not-allowed"))
                .satisfies(e -> assertThat(((RuleViolation) e).facts())
                        .containsEntry("currentStatus", ProposalStatus.APPROVED));
    }

    @Test
    void aLostRegistrationCancelsPendingAndApprovedProposalsOnly() {
        assertThat(ProposalAction.CANCEL.allowedFrom(ProposalStatus.PENDING)).isTrue();
        assertThat(ProposalAction.CANCEL.allowedFrom(ProposalStatus.APPROVED)).isTrue();
        assertThat(ProposalAction.CANCEL.allowedFrom(ProposalStatus.REJECTED)).isFalse();
        assertThat(ProposalAction.CANCEL.allowedFrom(ProposalStatus.WITHDRAWN)).isFalse();
    }

    @Test
    void finalStatusesAllowNothing() {
        for (ProposalAction action : ProposalAction.values()) {
            for (ProposalStatus done :
                    new ProposalStatus[] {ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN, ProposalStatus.CANCELLED
                    }) {
                assertThat(action.allowedFrom(done))
                        .as(action + " from " + done)
                        .isFalse();
            }
        }
    }
}
