package org.plenary.registration;

import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** Where a session asks for confirmation, every delegate in a seat is one the secretariat confirmed. */
@QuarkusTest
class ConfirmationTest extends ClockedTest {

    @Test
    void aSubstituteWaitsForTheSecretariatsConfirmationAndMayBeDeclined() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("confirmationRequired", true));
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String id = Fixtures.registered(setup.organisation(), setup.session());
        as(Tokens.secretariat())
                .post("/registrations/{id}/confirmation", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", Fixtures.delegate("Substitute")))
                .post("/registrations/{id}/substitution", id)
                .then()
                .statusCode(200)
                .body("delegate.name", equalTo("Substitute"))
                .body("status", equalTo("PENDING"));

        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Not named in the nomination letter"))
                .post("/registrations/{id}/decline", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
    }
}
