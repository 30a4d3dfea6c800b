package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;

/** Two secretariat officers approve at the same moment: exactly one wins, the other is told which rule stopped it. */
@QuarkusTest
class ConcurrentApprovalTest {

    private static final int ROUNDS = 3;

    @Inject
    MovableClock clock;

    @BeforeEach
    void beforeTheDeadline() {
        clock.set(Fixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Approves both at the same moment and returns the two answers, the success first. */
    private static List<Response> atOnce(UUID first, UUID firstRoom, UUID second, UUID secondRoom, UUID slot)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService officers = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> approvals = List.of(
                    () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return Fixtures.approve(first, firstRoom, slot)
                                .extract()
                                .response();
                    },
                    () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return Fixtures.approve(second, secondRoom, slot)
                                .extract()
                                .response();
                    });
            List<Response> answers = officers.invokeAll(approvals, 60, TimeUnit.SECONDS).stream()
                    .map(ConcurrentApprovalTest::get)
                    .sorted(Comparator.comparingInt(Response::statusCode))
                    .toList();
            return answers;
        } finally {
            officers.shutdownNow();
        }
    }

    private static Response get(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoProposalsIntoOneRoomAndSlotAtTheSameMomentExactlyOneWins() throws Exception {
        UUID session = Fixtures.session();
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        for (int round = 0; round < ROUNDS; round++) {
            UUID first = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 40);
            UUID second = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 40);
            UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH.plus(Duration.ofDays(round)));

            List<Response> answers = atOnce(first, room, second, room, slot);

            assertThat(answers).extracting(Response::statusCode).containsExactly(200, 409);
            Response loser = answers.get(1);
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.jsonPath().getString("rule")).isEqualTo("room-occupied");
            assertThat(loser.jsonPath().getString("roomId")).isEqualTo(room.toString());
            String winner = answers.get(0).jsonPath().getString("id");
            String other = winner.equals(first.toString()) ? second.toString() : first.toString();
            Fixtures.proposalAsSecretariat(UUID.fromString(other))
                    .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        }
        given().get("/sessions/{s}/programme", session)
                .then()
                .statusCode(200)
                .body("days.size()", org.hamcrest.Matchers.equalTo(ROUNDS))
                .body(
                        "days.collect { it.events.size() }",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(1)));
    }

    @Test
    void twoProposalsOfOneOrganiserIntoTwoRoomsAtTheSameMomentKeepToTheLimit() throws Exception {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID first = Fixtures.proposed(organisation, session, 20);
        UUID second = Fixtures.proposed(organisation, session, 20);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);

        List<Response> answers = atOnce(
                first,
                Fixtures.room(session, "Conference Room M3", 80),
                second,
                Fixtures.room(session, "Boardroom B", 30),
                slot);

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 409);
        assertThat(answers.get(1).jsonPath().getString("rule")).isEqualTo("organiser-limit-reached");
    }
}
