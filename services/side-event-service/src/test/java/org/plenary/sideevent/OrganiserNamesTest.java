package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** A proposal names its organiser as the accreditation events to the session's body name it. */
@QuarkusTest
class OrganiserNamesTest {

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
    void theSecretariatReadsTheOrganisersNameInTheListAndTheProposal() {
        UUID session = Fixtures.session();
        String named = Fixtures.eligibleOrganisation(session);
        String unnamed = Fixtures.eligibleOrganisation(session);
        Fixtures.accreditationApplied(Fixtures.accreditationEvent("accredited", named, Fixtures.BODY, "ACCREDITED"));
        String first = Fixtures.propose(named, session, Fixtures.proposal("Cross-border evidence", 40))
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.propose(unnamed, session, Fixtures.proposal("Encryption and the Convention", 40))
                .statusCode(201);

        List<Map<String, Object>> listed = as(Tokens.secretariat())
                .queryParam("sessionId", session)
                .get("/proposals")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Object> namesByOrganiser = new HashMap<>();
        listed.forEach(item -> namesByOrganiser.put((String) item.get("organisationId"), item.get("organisationName")));
        assertThat(namesByOrganiser)
                .hasSize(2)
                .containsEntry(named, Fixtures.organisationName(named))
                .containsEntry(unnamed, null);
        as(Tokens.secretariat())
                .get("/proposals/{id}", first)
                .then()
                .body("organisationName", equalTo(Fixtures.organisationName(named)));

        // A later event of the application that names the organisation otherwise renames it.
        var renamed = Fixtures.accreditationEvent("suspended", named, Fixtures.BODY, "SUSPENDED");
        ((com.fasterxml.jackson.databind.node.ObjectNode) renamed.path("data").path("organisation"))
                .put("name", "Renamed organisation " + named);
        Fixtures.accreditationApplied(renamed);
        as(Tokens.organisation(named))
                .get("/proposals/{id}", first)
                .then()
                .body("organisationName", equalTo("Renamed organisation " + named));
    }
}
