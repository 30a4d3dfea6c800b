package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.submission.submission.Submission.Status;
import org.plenary.submission.submission.SubmissionAction;

class SubmissionActionTest {

    @Test
    void aSubmittedSubmissionMayBeReplacedPublishedDeclinedOrWithdrawn() {
        assertThat(SubmissionAction.REPLACE.allowedFrom(Status.SUBMITTED)).isTrue();
        assertThat(SubmissionAction.REPLACE.target()).isEqualTo(Status.SUBMITTED);
        assertThat(SubmissionAction.PUBLISH.allowedFrom(Status.SUBMITTED)).isTrue();
        assertThat(SubmissionAction.PUBLISH.target()).isEqualTo(Status.PUBLISHED);
        assertThat(SubmissionAction.DECLINE.allowedFrom(Status.SUBMITTED)).isTrue();
        assertThat(SubmissionAction.DECLINE.target()).isEqualTo(Status.DECLINED);
        assertThat(SubmissionAction.WITHDRAW.allowedFrom(Status.SUBMITTED)).isTrue();
        assertThat(SubmissionAction.WITHDRAW.target()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void aPublishedSubmissionMayOnlyBeWithdrawn() {
        for (SubmissionAction action : SubmissionAction.values()) {
            assertThat(action.allowedFrom(Status.PUBLISHED))
                    .as(action.name())
                    .isEqualTo(action == SubmissionAction.WITHDRAW);
        }
    }

    @Test
    void declinedAndWithdrawnAreFinalAndNothingLeadsBackToSubmit() {
        for (SubmissionAction action : SubmissionAction.values()) {
            assertThat(action.allowedFrom(Status.DECLINED)).as(action.name()).isFalse();
            assertThat(action.allowedFrom(Status.WITHDRAWN)).as(action.name()).isFalse();
            assertThat(SubmissionAction.SUBMIT.allowedFrom(action.target()))
                    .as(action.name())
                    .isFalse();
        }
    }

    @Test
    void eachActionEmitsItsEventAndIsRecordedUnderItsName() {
        assertThat(SubmissionAction.SUBMIT.eventType()).isEqualTo("submission.submission.submitted");
        assertThat(SubmissionAction.SUBMIT.recorded()).isEqualTo("SUBMITTED");
        assertThat(SubmissionAction.REPLACE.recorded()).isEqualTo("REPLACED");
        assertThat(SubmissionAction.PUBLISH.recorded()).isEqualTo("PUBLISHED");
        assertThat(SubmissionAction.DECLINE.recorded()).isEqualTo("DECLINED");
        assertThat(SubmissionAction.WITHDRAW.recorded()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aMoveNotInTheTableIsRefusedNamingTheRuleAndTheStatus() {
        assertThatThrownBy(() -> SubmissionAction.DECLINE.check(Status.PUBLISHED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("transition-not-allowed");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.facts()).containsEntry("currentStatus", Status.PUBLISHED);
                    assertThat(e.facts()).containsEntry("action", "DECLINE");
                });
    }
}
