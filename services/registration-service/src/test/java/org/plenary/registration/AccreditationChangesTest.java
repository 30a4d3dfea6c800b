package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** What the accreditation service's suspensions, reinstatements and revocations do to registrations. */
@QuarkusTest
class AccreditationChangesTest extends ClockedTest {

    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void aRevocationWithdrawsRegistrationsForSessionsNotYetEndedAndLeavesThePastAsItWas() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        Map<String, Object> march = Fixtures.vienna(setup.body());
        march.put("startDate", "2026-03-02");
        march.put("endDate", "2026-03-06");
        march.put("registrationDeadline", "2026-02-26");
        String later = Fixtures.createSession(march);
        clock.set(JANUARY_10);
        String past = Fixtures.registered(setup.organisation(), setup.session());
        String coming = Fixtures.registered(setup.organisation(), later);

        clock.set(Instant.parse("2026-02-10T09:00:00Z"));
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            Fixtures.revoke(setup.organisation(), setup.body(), Instant.parse("2026-02-10T09:00:00Z"));
            events.awaitType(RegistrationEvents.WITHDRAWN, coming);
            assertThat(events.seen())
                    .noneMatch(e -> e.type().equals(RegistrationEvents.WITHDRAWN)
                            && e.body().path("subject").asText().equals(past));
        }
        Fixtures.registration(coming).body("status", equalTo("WITHDRAWN"));
        Fixtures.registration(past).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aSuspendedOrganisationKeepsItsDelegatesButRegistersNoOneUntilItIsReinstated() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 2));
        clock.set(JANUARY_10);
        String kept = Fixtures.registered(setup.organisation(), setup.session());

        Fixtures.suspend(setup.organisation(), setup.body(), Instant.parse("2026-01-10T10:00:00Z"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.organisation(setup.organisation()))
                        .get("/sessions/{id}/eligibility", setup.session())
                        .then()
                        .statusCode(200)
                        .body("eligible", equalTo(false))
                        .body("reasons.rule", hasItem("organisation-suspended")));
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Second"), false)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("organisation-suspended"));
        Fixtures.registration(kept).body("status", equalTo("CONFIRMED"));

        Fixtures.reinstate(setup.organisation(), setup.body(), Instant.parse("2026-01-10T11:00:00Z"));
        Fixtures.awaitEligible(setup.session(), setup.organisation());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(Tokens.organisation(setup.organisation()))
                        .get("/sessions/{id}/eligibility", setup.session())
                        .then()
                        .body("eligible", equalTo(true)));
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Second"), false)
                .statusCode(201);
        Fixtures.registration(kept).body("status", equalTo("CONFIRMED"));
    }
}
