package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatRuleTest {

    @Test
    void theReportedCountAfterTheWholeChangeDecides() {
        assertThat(SeatRule.losesItsSideEvents(1, 0))
                .as("a cancellation that promotes a waiting delegate of the organisation")
                .isFalse();
        assertThat(SeatRule.losesItsSideEvents(0, 2)).as("every seat lost").isTrue();
    }

    @Test
    void withoutOneThePendingAndConfirmedSeatsOfTheCopyDecide() {
        assertThat(SeatRule.losesItsSideEvents(null, 1)).isFalse();
        assertThat(SeatRule.losesItsSideEvents(null, 0)).isTrue();
    }
}
