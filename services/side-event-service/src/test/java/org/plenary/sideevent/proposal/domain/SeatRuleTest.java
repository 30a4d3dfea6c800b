package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.sideevent.proposal.domain.ProposalPolicy.SessionFacts;

class SeatRuleTest {

    /** 26-30 January 2026 in Vienna: it ends at midnight Vienna time, 2026-01-30T23:00:00Z. */
    private static final SessionFacts SESSION = new SessionFacts(
            UUID.randomUUID(),
            ZoneId.of("Europe/Vienna"),
            LocalDate.parse("2026-01-26"),
            LocalDate.parse("2026-01-30"),
            Instant.parse("2026-01-12T17:00:00Z"));

    private static SeatRule at(String now) {
        return new SeatRule(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private final SeatRule duringTheSession = at("2026-01-28T10:00:00Z");

    @Test
    void theReportedCountAfterTheWholeChangeDecides() {
        assertThat(duringTheSession.cancelsSideEvents(SESSION, 1, 0))
                .as("a cancellation that promotes a waiting delegate of the organisation")
                .isFalse();
        assertThat(duringTheSession.cancelsSideEvents(SESSION, 0, 2))
                .as("every seat lost")
                .isTrue();
    }

    @Test
    void withoutOneThePendingAndConfirmedSeatsOfTheCopyDecide() {
        assertThat(duringTheSession.cancelsSideEvents(SESSION, null, 1)).isFalse();
        assertThat(duringTheSession.cancelsSideEvents(SESSION, null, 0)).isTrue();
    }

    @Test
    void theSideEventsOfASessionThatHasEndedInVenueTimeAreNeverCancelled() {
        assertThat(at("2026-01-30T22:59:59Z").cancelsSideEvents(SESSION, 0, 0))
                .as("the last second of the last day in Vienna")
                .isTrue();
        assertThat(at("2026-01-30T23:00:00Z").cancelsSideEvents(SESSION, 0, 0))
                .as("midnight in Vienna")
                .isFalse();
    }
}
