package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
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

    /** The whole table: for each action, the statuses it starts from (null: a proposal not made yet) and its target. */
    @Test
    void theTransitionTable() {
        Map<ProposalAction, Set<ProposalStatus>> from = new EnumMap<>(ProposalAction.class);
        from.put(ProposalAction.PROPOSE, Set.of());
        from.put(ProposalAction.UPDATE, Set.of(ProposalStatus.PENDING));
        from.put(ProposalAction.WITHDRAW, Set.of(ProposalStatus.PENDING));
        from.put(ProposalAction.APPROVE, Set.of(ProposalStatus.PENDING));
        from.put(ProposalAction.REJECT, Set.of(ProposalStatus.PENDING));
        from.put(ProposalAction.CANCEL, Set.of(ProposalStatus.PENDING, ProposalStatus.APPROVED));
        Map<ProposalAction, ProposalStatus> to = Map.of(
                ProposalAction.PROPOSE, ProposalStatus.PENDING,
                ProposalAction.UPDATE, ProposalStatus.PENDING,
                ProposalAction.WITHDRAW, ProposalStatus.WITHDRAWN,
                ProposalAction.APPROVE, ProposalStatus.APPROVED,
                ProposalAction.REJECT, ProposalStatus.REJECTED,
                ProposalAction.CANCEL, ProposalStatus.CANCELLED);
        assertThat(from.keySet()).containsExactlyInAnyOrder(ProposalAction.values());
        for (ProposalAction action : ProposalAction.values()) {
            assertThat(action.allowedFrom(null))
                    .as(action + " of a proposal not made yet")
                    .isEqualTo(action == ProposalAction.PROPOSE);
            for (ProposalStatus status : ProposalStatus.values()) {
                boolean allowed = from.get(action).contains(status);
                assertThat(action.allowedFrom(status))
                        .as(action + " from " + status)
                        .isEqualTo(allowed);
                if (allowed) {
                    assertThat(action.apply(status))
                            .as(action + " from " + status)
                            .isEqualTo(to.get(action));
                } else {
                    assertThatThrownBy(() -> action.apply(status))
                            .as(action + " from " + status)
                            .isInstanceOf(RuleViolation.class);
                }
            }
            assertThat(action.target()).isEqualTo(to.get(action));
            assertThat(action.eventType())
                    .isEqualTo("sideevent.proposal."
                            + to.get(action)
                                    .name()
                                    .toLowerCase()
                                    .replace("pending", action == ProposalAction.PROPOSE ? "proposed" : "updated"));
        }
        assertThat(ProposalAction.PROPOSE.apply(null)).isEqualTo(ProposalStatus.PENDING);
    }
}
