package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.registration.accreditation.Accreditation;
import org.plenary.registration.accreditation.ProjectionRebuild;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** What the accreditation service's suspensions, reinstatements and revocations do to registrations. */
@QuarkusTest
class AccreditationChangesTest extends ClockedTest {

    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    @Inject
    ProjectionRebuild rebuild;

    /**
     * Replaying the topic (a rebuild) reads an old revocation again: the organisation was accredited again since, and
     * registered a delegate; the revocation is history, and must withdraw nothing.
     */
    @Test
    void aRevocationThatANewerAccreditationSupersededWithdrawsNothingWhenTheTopicIsReplayed() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        Fixtures.revoke(setup.organisation(), setup.body(), Instant.parse("2025-07-01T00:00:00Z"));
        Fixtures.accredit(setup.organisation(), setup.body(), Instant.parse("2025-08-01T00:00:00Z"));
        // Both applied (the revocation first, on the organisation's key) before the delegate registers.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Accreditation row =
                    org.plenary.testing.OnVertx.await(() -> io.quarkus.hibernate.reactive.panache.Panache.withSession(
                            () -> Accreditation.<Accreditation>findById(
                                    new Accreditation.Key(setup.organisation(), setup.body()))));
            return row != null && row.updatedAt.equals(Instant.parse("2025-08-01T00:00:00Z"));
        });
        Fixtures.awaitEligible(setup.session(), setup.organisation());
        String kept = Fixtures.registered(setup.organisation(), setup.session());

        rebuild.rebuild();

        Fixtures.registration(kept).body("status", equalTo("CONFIRMED"));
    }

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
