package org.plenary.registration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** A registration keeps every transition, with who, when and why. */
@QuarkusTest
class HistoryTest extends ClockedTest {

    @Test
    void aRegistrationsHistoryTellsEveryTransitionToItsOrganisationAndTheSecretariatOnly() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("confirmationRequired", true));
        String token = Tokens.organisation(setup.organisation());
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String id = Fixtures.registered(setup.organisation(), setup.session());
        clock.set(Instant.parse("2026-01-11T09:00:00Z"));
        as(Tokens.secretariat())
                .post("/registrations/{id}/confirmation", id)
                .then()
                .statusCode(200);
        clock.set(Instant.parse("2026-01-12T09:00:00Z"));
        Fixtures.cancel(token, id).statusCode(200);

        as(token)
                .get("/registrations/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", contains("registered", "confirmed", "cancelled"))
                .body("to", contains("PENDING", "CONFIRMED", "CANCELLED"))
                .body("actorRole", contains("organisation", "secretariat", "organisation"))
                .body("at", contains("2026-01-10T09:00:00Z", "2026-01-11T09:00:00Z", "2026-01-12T09:00:00Z"))
                .body("[2].from", equalTo("CONFIRMED"))
                .body("[2].reason", equalTo("Travel cancelled"));
        as(Tokens.secretariat()).get("/registrations/{id}/history", id).then().statusCode(200);
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/registrations/{id}/history", id)
                .then()
                .statusCode(403);
    }
}
