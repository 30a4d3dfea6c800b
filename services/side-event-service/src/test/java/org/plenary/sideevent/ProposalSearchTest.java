package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** {@code GET /proposals?q=}: the title or the organiser's identifier, in any case, an organisation among its own. */
@QuarkusTest
class ProposalSearchTest {

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

    private static List<String> found(String token, UUID session, String q) {
        return as(token)
                .queryParam("sessionId", session)
                .queryParam("q", q)
                .get("/proposals")
                .then()
                .statusCode(200)
                .extract()
                .path("items.title");
    }

    @Test
    void theSecretariatFindsAProposalByTitleOrOrganiserAndAnOrganisationOnlyAmongItsOwn() {
        UUID session = Fixtures.session();
        String press = Fixtures.eligibleOrganisation(session);
        String data = Fixtures.eligibleOrganisation(session);
        Fixtures.propose(press, session, Fixtures.proposal("The Convention and the press", 40))
                .statusCode(201);
        Fixtures.propose(data, session, Fixtures.proposal("Data access: 100% lawful?", 40))
                .statusCode(201);
        String secretariat = Tokens.secretariat();

        assertThat(found(secretariat, session, "PRESS")).containsExactly("The Convention and the press");
        assertThat(found(secretariat, session, data)).containsExactly("Data access: 100% lawful?");
        assertThat(found(secretariat, session, "%")).containsExactly("Data access: 100% lawful?");
        assertThat(found(secretariat, session, "")).hasSize(2);
        assertThat(found(Tokens.organisation(press), session, "data")).isEmpty();

        as(secretariat)
                .queryParam("q", "x".repeat(201))
                .get("/proposals")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
    }
}
