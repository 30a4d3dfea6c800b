package org.plenary.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** A refusal speaks of the caller's own request only: duplicates are checked within the delegation. */
@QuarkusTest
class DuplicateDelegateTest extends ClockedTest {

    @Test
    void anOrganisationLearnsNothingOfWhomAnotherRegisteredAndTheSecretariatSeesTheDuplicate() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 2));
        String other = Fixtures.accreditedOrganisation(setup.body(), setup.session());
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        Map<String, Object> person = Fixtures.delegate("Shared Person");
        Fixtures.register(setup.organisation(), setup.session(), person, false).statusCode(201);

        Fixtures.register(other, setup.session(), person, false).statusCode(201);
        Fixtures.register(setup.organisation(), setup.session(), person, false)
                .statusCode(409)
                .body("rule", equalTo("delegate-already-registered"));
        String otherSeat = Fixtures.register(other, setup.session(), Fixtures.delegate("Someone"), false)
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> own = Fixtures.delegate("Own");
        String ownSeat = Fixtures.register(setup.organisation(), setup.session(), own, false)
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", person))
                .post("/registrations/{id}/substitution", ownSeat)
                .then()
                .statusCode(409)
                .body("rule", equalTo("delegate-already-registered"));
        as(Tokens.organisation(other))
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", own))
                .post("/registrations/{id}/substitution", otherSeat)
                .then()
                .statusCode(200);

        as(Tokens.secretariat())
                .get("/sessions/{id}/participants.csv", setup.session())
                .then()
                .statusCode(200)
                .body(containsString("registered_by_other_organisations"))
                .body(containsString(",true,\"Plenary\"\r\n"));
    }
}
