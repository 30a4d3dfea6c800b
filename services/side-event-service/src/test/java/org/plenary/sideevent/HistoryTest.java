package org.plenary.sideevent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** A proposal keeps every transition with who made it, when and why; its organiser and the secretariat read it. */
@QuarkusTest
class HistoryTest {

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
    void everyTransitionIsKeptWithWhoWhenAndWhy() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 40);
        clock.set(Fixtures.NOW.plusSeconds(60));
        as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(Fixtures.proposal("Edited title", 30))
                .put("/proposals/{id}", id)
                .then()
                .statusCode(200);
        clock.set(Fixtures.NOW.plusSeconds(120));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Duplicates another side event"))
                .post("/proposals/{id}/rejection", id)
                .then()
                .statusCode(200);

        as(Tokens.organisation(organisation))
                .get("/proposals/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", contains("PROPOSE", "UPDATE", "REJECT"))
                .body("from", contains(nullValue(), equalTo("PENDING"), equalTo("PENDING")))
                .body("to", contains("PENDING", "PENDING", "REJECTED"))
                .body("actorRole", contains("organisation", "organisation", "secretariat"))
                .body(
                        "at",
                        contains(
                                Fixtures.NOW.toString(),
                                Fixtures.NOW.plusSeconds(60).toString(),
                                Fixtures.NOW.plusSeconds(120).toString()))
                .body("[2].reason", equalTo("Duplicates another side event"));
        as(Tokens.secretariat())
                .get("/proposals/{id}/history", id)
                .then()
                .statusCode(200)
                .body("size()", equalTo(3));
    }

    @Test
    void noOtherOrganisationReadsIt() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 40);
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/proposals/{id}/history", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.secretariat())
                .get("/proposals/{id}/history", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("rule", equalTo("not-found"));
    }
}
