package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.sideevent.proposal.domain.ProposalPolicy.SessionFacts;

class ProposalPolicyTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final Instant DEADLINE = Instant.parse("2026-01-12T17:00:00Z");
    private static final SessionFacts SESSION = new SessionFacts(
            UUID.randomUUID(), VIENNA, LocalDate.parse("2026-01-26"), LocalDate.parse("2026-01-30"), DEADLINE);

    private static ProposalPolicy at(Instant now) {
        return new ProposalPolicy(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static RuleViolation refusal(Runnable check) {
        try {
            check.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aProposalOneSecondBeforeTheDeadlineIsTakenAndFromTheDeadlineOnItIsRefused() {
        assertThatCode(() -> at(DEADLINE.minusSeconds(1)).checkBeforeDeadline(SESSION))
                .doesNotThrowAnyException();
        for (Instant late : List.of(DEADLINE, DEADLINE.plusSeconds(1))) {
            RuleViolation refused = refusal(() -> at(late).checkBeforeDeadline(SESSION));
            assertThat(refused.rule()).isEqualTo("deadline-passed");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.facts())
                    .containsEntry("deadline", "2026-01-12T17:00:00Z")
                    .containsEntry("deadlineVenueTime", "2026-01-12T18:00:00+01:00")
                    .containsEntry("timeZone", "Europe/Vienna");
            assertThat(refused.getMessage()).contains("18:00").contains("17:00:00Z");
        }
    }

    @Test
    void aSuspendedOrganisationIsRefusedNamingTheBody() {
        ProposalPolicy policy = at(DEADLINE.minusSeconds(60));
        assertThatCode(() -> policy.checkNotSuspended(SESSION.sessionId(), "ahc-cybercrime", "org-a", false))
                .doesNotThrowAnyException();
        RuleViolation refused =
                refusal(() -> policy.checkNotSuspended(SESSION.sessionId(), "ahc-cybercrime", "org-a", true));
        assertThat(refused.rule()).isEqualTo("organisation-suspended");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.facts())
                .containsEntry("bodyId", "ahc-cybercrime")
                .containsEntry("organisationId", "org-a")
                .containsEntry("sessionId", SESSION.sessionId().toString());
        assertThat(refused.getMessage()).contains("suspended").contains("reinstated");
    }

    @Test
    void aSessionWithoutADeadlineTakesProposalsUntilItsFirstDayBeginsInVenueTime() {
        SessionFacts noDeadline = new SessionFacts(
                UUID.randomUUID(), VIENNA, LocalDate.parse("2026-01-26"), LocalDate.parse("2026-01-30"), null);
        Instant midnightInVienna = Instant.parse("2026-01-25T23:00:00Z");
        assertThat(ProposalPolicy.deadline(noDeadline)).isEqualTo(midnightInVienna);
        assertThatCode(() -> at(midnightInVienna.minusSeconds(1)).checkBeforeDeadline(noDeadline))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> at(midnightInVienna).checkBeforeDeadline(noDeadline))
                        .rule())
                .isEqualTo("deadline-passed");
    }

    @Test
    void onlyAnOrganisationWithAConfirmedRegistrationMayPropose() {
        ProposalPolicy policy = at(Instant.parse("2026-01-10T09:00:00Z"));
        assertThatCode(() -> policy.checkEligible(SESSION.sessionId(), "hrw", true))
                .doesNotThrowAnyException();
        RuleViolation refused = refusal(() -> policy.checkEligible(SESSION.sessionId(), "hrw", false));
        assertThat(refused.rule()).isEqualTo("organisation-not-registered");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.facts()).containsEntry("organisationId", "hrw");
    }

    @Test
    void everyCoOrganisingOrganisationMustBeEligibleAndTheIneligibleOnesAreNamed() {
        ProposalPolicy policy = at(Instant.parse("2026-01-10T09:00:00Z"));
        assertThatCode(() -> policy.checkCoOrganisers(
                        SESSION.sessionId(),
                        "hrw",
                        List.of("access-now", "article19"),
                        Set.of("access-now", "article19")))
                .doesNotThrowAnyException();
        RuleViolation refused = refusal(() -> policy.checkCoOrganisers(
                SESSION.sessionId(), "hrw", List.of("access-now", "eff", "tedic"), Set.of("access-now")));
        assertThat(refused.rule()).isEqualTo("co-organiser-not-eligible");
        assertThat(refused.facts()).containsEntry("organisations", List.of("eff", "tedic"));
        assertThat(refused.facts())
                .as("nothing of the other organisations' own records")
                .containsOnlyKeys("sessionId", "organisations");
        assertThat(refused.title() + " " + refused.getMessage())
                .doesNotContainIgnoringCase("regist")
                .doesNotContainIgnoringCase("none")
                .doesNotContainIgnoringCase("confirmed");
        assertThatThrownBy(() -> policy.checkCoOrganisers(SESSION.sessionId(), "hrw", List.of("hrw"), Set.of("hrw")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("invalid-request"));
    }
}
