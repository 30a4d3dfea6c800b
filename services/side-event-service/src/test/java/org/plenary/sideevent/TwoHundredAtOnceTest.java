package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AtOnce;
import org.plenary.testing.MovableClock;

/** Rooms and slots under 200 approvals released at the same moment: one room in one slot holds one event. */
@QuarkusTest
class TwoHundredAtOnceTest {

    private static final int AT_ONCE = 200;
    private static final int ORGANISERS = 20;

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

    @Test
    void twoHundredProposalsApprovedIntoOneRoomAndSlotAtOncePlaceOne() throws Exception {
        UUID session = Fixtures.session();
        UUID room = Fixtures.room(session, "Conference Room M3", 80);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        List<String> organisers = IntStream.range(0, ORGANISERS)
                .mapToObj(i -> Fixtures.newOrganisationId())
                .toList();
        // Their confirmed registrations published together, then each awaited.
        organisers.forEach(o -> Fixtures.registration(
                "registration.registration.confirmed", UUID.randomUUID(), session, o, "CONFIRMED"));
        organisers.forEach(o -> Fixtures.awaitEligible(session, o, true));
        List<UUID> proposals = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            proposals.add(Fixtures.proposed(organisers.get(i % ORGANISERS), session, 40));
        }

        List<Response> answers = AtOnce.run(
                AT_ONCE,
                i -> Fixtures.approve(proposals.get(i), room, slot).extract().response());

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409);
        assertThat(answers.stream().filter(a -> a.statusCode() == 200)).hasSize(1);
        assertThat(answers.stream()
                        .filter(a -> a.statusCode() == 409)
                        .map(a -> a.jsonPath().getString("rule"))
                        .distinct())
                .containsExactly("room-occupied");
        io.restassured.RestAssured.given()
                .get("/sessions/{s}/programme", session)
                .then()
                .statusCode(200)
                .body("days.size()", equalTo(1))
                .body("days[0].events.size()", equalTo(1));
    }
}
