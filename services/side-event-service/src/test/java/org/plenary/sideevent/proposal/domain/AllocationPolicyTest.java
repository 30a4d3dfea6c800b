package org.plenary.sideevent.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.Booked;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.Facts;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.RoomFacts;
import org.plenary.sideevent.proposal.domain.AllocationPolicy.SlotFacts;

class AllocationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant LUNCH = Instant.parse("2026-01-27T12:15:00Z");
    private static final RoomFacts M3 = new RoomFacts(UUID.randomUUID(), "Conference Room M3", 80);
    private static final SlotFacts SLOT = new SlotFacts(UUID.randomUUID(), LUNCH, LUNCH.plusSeconds(50 * 60));

    private final AllocationPolicy policy = new AllocationPolicy(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Facts facts(int attendance, List<Booked> booked, Set<Integer> places, int limit) {
        return new Facts("hrw", attendance, M3, SLOT, booked, places, limit);
    }

    private RuleViolation refusal(Facts facts) {
        try {
            policy.decide(facts);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anEventThatFitsAFreeRoomTakesTheOrganisersFirstPlace() {
        assertThat(policy.decide(facts(80, List.of(), Set.of(), 1))).isEqualTo(1);
    }

    @Test
    void neverMoreExpectedAttendanceThanTheRoomHolds() {
        RuleViolation refused = refusal(facts(81, List.of(), Set.of(), 1));
        assertThat(refused.rule()).isEqualTo("room-capacity-exceeded");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.facts()).containsEntry("capacity", 80).containsEntry("expectedAttendance", 81);
    }

    @Test
    void neverTwoEventsInOneRoomAtOverlappingTimesButBackToBackIsFine() {
        UUID other = UUID.randomUUID();
        Booked sameSlot = new Booked(other, SLOT.startsAt(), SLOT.endsAt());
        Booked overlapsTheEnd = new Booked(other, LUNCH.plusSeconds(49 * 60), LUNCH.plusSeconds(120 * 60));
        Booked overlapsTheStart = new Booked(other, LUNCH.minusSeconds(3600), LUNCH.plusSeconds(60));
        for (Booked booked : List.of(sameSlot, overlapsTheEnd, overlapsTheStart)) {
            RuleViolation refused = refusal(facts(10, List.of(booked), Set.of(), 1));
            assertThat(refused.rule()).isEqualTo("room-occupied");
            assertThat(refused.facts()).containsKey("occupiedBy");
        }
        Booked before = new Booked(other, LUNCH.minusSeconds(3000), LUNCH);
        Booked after = new Booked(other, SLOT.endsAt(), SLOT.endsAt().plusSeconds(3000));
        assertThat(policy.decide(facts(10, List.of(before, after), Set.of(), 1)))
                .isEqualTo(1);
    }

    @Test
    void anOrganiserHasAtMostTheLimitOfApprovedEventsAndTakesTheLowestFreePlace() {
        RuleViolation refused = refusal(facts(10, List.of(), Set.of(1), 1));
        assertThat(refused.rule()).isEqualTo("organiser-limit-reached");
        assertThat(refused.facts()).containsEntry("limit", 1).containsEntry("organisationId", "hrw");
        assertThat(policy.decide(facts(10, List.of(), Set.of(1), 2))).isEqualTo(2);
        assertThat(policy.decide(facts(10, List.of(), Set.of(2), 2))).isEqualTo(1);
        assertThat(refusal(facts(10, List.of(), Set.of(1, 2), 2)).rule()).isEqualTo("organiser-limit-reached");
    }

    @Test
    void aSlotThatHasStartedTakesNoEvent() {
        AllocationPolicy later = new AllocationPolicy(Clock.fixed(LUNCH, ZoneOffset.UTC));
        try {
            later.decide(facts(10, List.of(), Set.of(), 1));
            throw new AssertionError("expected a refusal");
        } catch (RuleViolation refused) {
            assertThat(refused.rule()).isEqualTo("slot-passed");
        }
        AllocationPolicy justBefore = new AllocationPolicy(Clock.fixed(LUNCH.minusSeconds(1), ZoneOffset.UTC));
        assertThat(justBefore.decide(facts(10, List.of(), Set.of(), 1))).isEqualTo(1);
    }
}
