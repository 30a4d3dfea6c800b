package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AtOnce;
import org.plenary.testing.Tokens;

/**
 * The rules that protect scarce things, under 200 requests released at the same moment: an organisation's quota,
 * the session's seats with the waiting list's order, and one head of delegation.
 */
@QuarkusTest
class TwoHundredAtOnceTest extends ClockedTest {

    private static final int AT_ONCE = 200;
    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    private static String openSession(Map<String, Object> changes) {
        Map<String, Object> session = Fixtures.vienna(Fixtures.newBodyId());
        session.put("participation", "OPEN");
        session.putAll(changes);
        return Fixtures.createSession(session);
    }

    private static Response register(String token, String session, Map<String, Object> delegate, boolean wait) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", delegate, "joinWaitingList", wait))
                .post("/sessions/{id}/registrations", session);
    }

    /** Every registration of the session in this status, over as many pages as it takes. */
    private static List<Map<String, Object>> all(String session, String status) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = as(Tokens.secretariat())
                    .queryParam("sessionId", session)
                    .queryParam("status", status)
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get("/registrations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            found.addAll(items);
            if (items.size() < 100) {
                return found;
            }
        }
    }

    @Test
    void twoHundredDelegatesOfOneOrganisationAtOnceAgainstAQuotaOfFiveGetExactlyFiveSeats() throws Exception {
        clock.set(JANUARY_10);
        String session = openSession(Map.of("delegateQuota", 5));
        String token = Tokens.organisation(Fixtures.newOrganisationId());

        List<Response> answers =
                AtOnce.run(AT_ONCE, i -> register(token, session, Fixtures.delegate("Delegate " + i), false));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(5);
        assertThat(answers.stream()
                        .filter(a -> a.statusCode() == 409)
                        .map(a -> a.path("rule"))
                        .distinct())
                .containsExactly("quota-reached");
        assertThat(all(session, "CONFIRMED")).hasSize(5);
    }

    @Test
    void twoHundredOrganisationsAtOnceForFiftySeatsSeatFiftyAndRankTheOthersOnceEach() throws Exception {
        clock.set(JANUARY_10);
        String session = openSession(Map.of("delegateQuota", 5, "seats", 50));
        List<String> tokens = IntStream.range(0, AT_ONCE)
                .mapToObj(i -> Tokens.organisation(Fixtures.newOrganisationId()))
                .toList();

        List<Response> answers =
                AtOnce.run(AT_ONCE, i -> register(tokens.get(i), session, Fixtures.delegate("Delegate " + i), true));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers.stream().filter(a -> "CONFIRMED".equals(a.path("status"))))
                .hasSize(50);
        assertThat(all(session, "CONFIRMED")).hasSize(50);
        List<Integer> ranks = all(session, "WAITLISTED").stream()
                .map(r -> (Integer) r.get("waitlistRank"))
                .sorted()
                .toList();
        assertThat(ranks)
                .isEqualTo(IntStream.rangeClosed(1, AT_ONCE - 50).boxed().toList());
    }

    @Test
    void twoHundredDelegatesAtOnceEachAskingToHeadTheDelegationLeaveExactlyOneHead() throws Exception {
        clock.set(JANUARY_10);
        String session = openSession(Map.of("delegateQuota", AT_ONCE));
        String token = Tokens.organisation(Fixtures.newOrganisationId());

        List<Response> answers =
                AtOnce.run(AT_ONCE, i -> register(token, session, Fixtures.delegate("Delegate " + i, true), false));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        List<Map<String, Object>> delegation = all(session, "CONFIRMED");
        assertThat(delegation).hasSize(AT_ONCE);
        assertThat(delegation.stream()
                        .filter(r -> Boolean.TRUE.equals(((Map<?, ?>) r.get("delegate")).get("headOfDelegation"))))
                .hasSize(1);
    }
}
