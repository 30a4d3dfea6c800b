package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** Exactly one delegate in a seat heads each organisation's delegation to a session. */
@QuarkusTest
class HeadOfDelegationTest extends ClockedTest {

    private static String register(Fixtures.Setup setup, String name, boolean head) {
        return Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate(name, head), false)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assertHead(String id, boolean head) {
        Fixtures.registration(id).body("delegate.headOfDelegation", equalTo(head));
    }

    @Test
    void theFirstRegisteredHeadsTheDelegationUntilTheOrganisationNamesAnotherAndTheNextInLineTakesOver() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 3));
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String token = Tokens.organisation(setup.organisation());
        String first = register(setup, "First", false);
        assertHead(first, true);
        clock.set(Instant.parse("2026-01-10T09:01:00Z"));
        String second = register(setup, "Second", false);
        assertHead(second, false);
        clock.set(Instant.parse("2026-01-10T09:02:00Z"));
        String third = register(setup, "Third", true);
        assertHead(third, true);
        assertHead(first, false);

        as(token)
                .post("/registrations/{id}/head-of-delegation", second)
                .then()
                .statusCode(200)
                .body("delegate.headOfDelegation", equalTo(true));
        assertHead(third, false);
        assertHead(first, false);

        Fixtures.cancel(token, second).statusCode(200);
        assertHead(first, true);
        assertHead(third, false);
    }

    @Test
    void simultaneousRegistrationsThatEachAskToHeadTheDelegationLeaveExactlyOneHead() throws Exception {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 10));
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String token = Tokens.organisation(setup.organisation());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> delegate = Fixtures.delegate("Delegate " + i, true);
            Callable<Integer> call = () -> as(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("delegate", delegate, "joinWaitingList", false))
                    .post("/sessions/{id}/registrations", setup.session())
                    .statusCode();
            answers.add(pool.submit(call));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        pool.shutdown();
        List<Boolean> heads = as(token)
                .queryParam("sessionId", setup.session())
                .queryParam("size", 100)
                .get("/registrations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.delegate.headOfDelegation");
        assertThat(heads).hasSize(10);
        assertThat(heads.stream().filter(h -> h).count()).isEqualTo(1);
    }
}
