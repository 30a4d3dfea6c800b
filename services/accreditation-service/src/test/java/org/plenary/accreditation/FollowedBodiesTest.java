package org.plenary.accreditation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** The bodies a state follows, and its list of the applications open to objection in them. */
@QuarkusTest
class FollowedBodiesTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse follow(String state, List<String> bodyIds) {
        return as(Tokens.state(state))
                .contentType(ContentType.JSON)
                .body(Map.of("bodyIds", bodyIds))
                .put("/states/me/followed-bodies")
                .then();
    }

    private String cleared(String body, Instant at) {
        clock.set(at);
        String id = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.secretariat(id, "clearance", null).statusCode(200);
        return id;
    }

    @Test
    void aStateReadsTheApplicationsOpenToObjectionInTheBodiesItFollowsSoonestEndFirst() {
        String first = Fixtures.body();
        String second = Fixtures.body();
        String unfollowed = Fixtures.body();
        // Periods ending years from now: once the clock is back, the period-end job leaves them alone.
        Instant start = Instant.parse("2031-03-01T09:00:00Z");
        String later = cleared(first, start.plus(Duration.ofDays(2)));
        String sooner = cleared(second, start);
        String elsewhere = cleared(unfollowed, start.plus(Duration.ofDays(1)));
        String rejected = Fixtures.applied(Fixtures.newOrganisationId(), first);
        Fixtures.secretariat(rejected, "rejection", Map.of("reason", "Outside the mandate"))
                .statusCode(200);

        follow("NZ", List.of(second, first))
                .statusCode(200)
                .body("stateCode", equalTo("NZ"))
                .body("bodyIds", contains(sorted(first, second).toArray()));
        as(Tokens.state("NZ"))
                .get("/states/me/followed-bodies")
                .then()
                .statusCode(200)
                .body("bodyIds", contains(sorted(first, second).toArray()));

        clock.set(start.plus(Duration.ofDays(3)));
        as(Tokens.state("NZ"))
                .get("/states/me/non-objection")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(sooner, later))
                .body("items[0].organisation.contactEmail", nullValue());

        // Another state follows its own bodies: here, the one New Zealand does not.
        follow("CL", List.of(unfollowed)).statusCode(200);
        as(Tokens.state("CL")).get("/states/me/non-objection").then().body("items.id", contains(elsewhere));

        // Once the sooner period has ended, it is off the list.
        clock.set(start.plus(Duration.ofDays(30)).plusSeconds(1));
        as(Tokens.state("NZ")).get("/states/me/non-objection").then().body("items.id", contains(later));

        follow("NZ", List.of()).statusCode(200).body("bodyIds", empty());
        as(Tokens.state("NZ")).get("/states/me/non-objection").then().body("total", equalTo(0));
    }

    @Test
    void anUnknownBodyIsRefusedByItsPlaceInTheListAndNothingChanges() {
        String body = Fixtures.body();
        follow("UY", List.of(body)).statusCode(200);

        follow("UY", List.of(body, "no-such-body"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("unknown-body"))
                .body("bodyId", equalTo("no-such-body"))
                .body("violations[0].field", equalTo("bodyIds[1]"));
        as(Tokens.state("UY")).get("/states/me/followed-bodies").then().body("bodyIds", contains(body));

        as(Tokens.state("UY"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/states/me/followed-bodies")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("bodyIds"));
    }

    @Test
    void aTokenWithoutItsCountryIsRefused() {
        as(Tokens.noRole()).get("/states/me/followed-bodies").then().statusCode(403);
        as(Tokens.secretariat()).get("/states/me/non-objection").then().statusCode(403);
    }

    private static List<String> sorted(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }
}
