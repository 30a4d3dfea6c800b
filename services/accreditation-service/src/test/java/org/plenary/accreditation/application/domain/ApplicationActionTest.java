package org.plenary.accreditation.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;

class ApplicationActionTest {

    @Test
    void theStreamlinedProcedureRunsThroughTheNonObjectionPeriod() {
        assertThat(ApplicationAction.CLEAR.allowedFrom(ApplicationStatus.SUBMITTED))
                .isTrue();
        assertThat(ApplicationAction.CLEAR.target()).isEqualTo(ApplicationStatus.NON_OBJECTION);
        assertThat(ApplicationAction.END_NON_OBJECTION.allowedFrom(ApplicationStatus.NON_OBJECTION))
                .isTrue();
        assertThat(ApplicationAction.END_NON_OBJECTION.allowedFrom(ApplicationStatus.OBJECTED))
                .isFalse();
        assertThat(ApplicationAction.DECIDE_ACCREDIT.allowedFrom(ApplicationStatus.OBJECTED))
                .isTrue();
    }

    @Test
    void finalStatusesAllowNothingButRevokedIsFinalAndSuspendedIsNot() {
        for (ApplicationAction action : ApplicationAction.values()) {
            assertThat(action.allowedFrom(ApplicationStatus.REJECTED))
                    .as(action.name())
                    .isFalse();
            assertThat(action.allowedFrom(ApplicationStatus.WITHDRAWN))
                    .as(action.name())
                    .isFalse();
            assertThat(action.allowedFrom(ApplicationStatus.REVOKED))
                    .as(action.name())
                    .isFalse();
        }
        assertThat(ApplicationAction.REINSTATE.allowedFrom(ApplicationStatus.SUSPENDED))
                .isTrue();
        assertThat(ApplicationAction.REVOKE.allowedFrom(ApplicationStatus.SUSPENDED))
                .isTrue();
    }

    @Test
    void anAccreditedOrganisationCannotWithdrawOnlyBeSuspendedOrRevoked() {
        assertThat(ApplicationAction.WITHDRAW.allowedFrom(ApplicationStatus.ACCREDITED))
                .isFalse();
        assertThatThrownBy(() -> ApplicationAction.WITHDRAW.check(ApplicationStatus.ACCREDITED))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("transition-not-allowed"))
                .satisfies(e -> assertThat(((RuleViolation) e).facts())
                        .containsEntry("currentStatus", ApplicationStatus.ACCREDITED));
    }
}
