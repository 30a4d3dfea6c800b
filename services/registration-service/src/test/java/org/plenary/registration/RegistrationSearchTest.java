package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** {@code GET /registrations?q=}: the delegate's name or address, or the organisation's identifier, in any case. */
@QuarkusTest
class RegistrationSearchTest extends ClockedTest {

    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    private static List<String> found(String token, String session, String q) {
        return as(token)
                .queryParam("sessionId", session)
                .queryParam("q", q)
                .get("/registrations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.delegate.name");
    }

    @Test
    void theSecretariatFindsADelegateByNameAddressOrOrganisationAndAnOrganisationOnlyAmongItsOwn() {
        clock.set(JANUARY_10);
        Map<String, Object> open = Fixtures.vienna(Fixtures.newBodyId());
        open.put("participation", "OPEN");
        open.put("delegateQuota", 3);
        String session = Fixtures.createSession(open);
        String first = Fixtures.newOrganisationId();
        String second = Fixtures.newOrganisationId();
        Fixtures.register(first, session, Fixtures.delegate("Ana Morales"), false)
                .statusCode(201);
        Fixtures.register(second, session, Fixtures.delegate("Ben Okafor"), false)
                .statusCode(201);
        Fixtures.register(second, session, Fixtures.delegate("Chen 50% Wei", false), false)
                .statusCode(201);
        String secretariat = Tokens.secretariat();

        assertThat(found(secretariat, session, "MORAL")).containsExactly("Ana Morales");
        assertThat(found(secretariat, session, "ben-okafor")).containsExactly("Ben Okafor");
        assertThat(found(secretariat, session, second)).containsExactlyInAnyOrder("Ben Okafor", "Chen 50% Wei");
        // A LIKE wildcard is taken literally.
        assertThat(found(secretariat, session, "50%")).containsExactly("Chen 50% Wei");
        assertThat(found(secretariat, session, "%")).containsExactly("Chen 50% Wei");
        assertThat(found(secretariat, session, "  ")).hasSize(3);
        // An organisation searches only its own registrations.
        assertThat(found(Tokens.organisation(second), session, "Ana")).isEmpty();
        assertThat(found(Tokens.organisation(first), session, "Ana")).containsExactly("Ana Morales");

        as(secretariat)
                .queryParam("q", "x".repeat(201))
                .get("/registrations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("q"));
    }
}
