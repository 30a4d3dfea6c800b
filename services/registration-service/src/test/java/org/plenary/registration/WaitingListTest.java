package org.plenary.registration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Freed capacity goes to the waiting list, in order, before any newcomer; the list shows ranks. */
@QuarkusTest
class WaitingListTest extends ClockedTest {

    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void moreSeatsGoToThoseWaitingInOrderAndTheListShowsRanksInTheSessionAndTheOrganisation() {
        String body = Fixtures.newBodyId();
        Map<String, Object> vienna = Fixtures.vienna(body);
        vienna.put("delegateQuota", 2);
        vienna.put("seats", 1);
        String session = Fixtures.createSession(vienna);
        String first = Fixtures.accreditedOrganisation(body, session);
        String second = Fixtures.accreditedOrganisation(body, session);
        String newcomer = Fixtures.accreditedOrganisation(body, session);
        clock.set(JANUARY_10);
        Fixtures.registered(first, session);
        String firstWaiting = Fixtures.waiting(first, session, "First Waiting");
        String secondWaiting = Fixtures.waiting(second, session, "Second Waiting");
        String secondAgain = Fixtures.waiting(second, session, "Second Again");
        Fixtures.registration(firstWaiting)
                .body("waitlistRank", equalTo(1))
                .body("organisationWaitlistRank", equalTo(1));
        Fixtures.registration(secondWaiting)
                .body("waitlistRank", equalTo(2))
                .body("organisationWaitlistRank", equalTo(1));
        Fixtures.registration(secondAgain)
                .body("waitlistRank", equalTo(3))
                .body("organisationWaitlistRank", equalTo(2));

        vienna.put("seats", 3);
        Fixtures.updateSession(session, vienna);

        Fixtures.registration(firstWaiting).body("status", equalTo("CONFIRMED")).body("waitlistRank", nullValue());
        Fixtures.registration(secondWaiting).body("status", equalTo("CONFIRMED"));
        Fixtures.registration(secondAgain)
                .body("status", equalTo("WAITLISTED"))
                .body("waitlistRank", equalTo(1))
                .body("organisationWaitlistRank", equalTo(1));
        Fixtures.register(newcomer, session).statusCode(409).body("rule", equalTo("session-full"));
    }

    @Test
    void aLargerQuotaGivesTheOrganisationsWaitingDelegateTheSeatBeforeANewOne() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        Fixtures.registered(setup.organisation(), setup.session());
        String waiting = Fixtures.waiting(setup.organisation(), setup.session(), "Waiting");
        String later = Fixtures.waiting(setup.organisation(), setup.session(), "Later");

        Map<String, Object> vienna = Fixtures.vienna(setup.body());
        vienna.put("delegateQuota", 2);
        Fixtures.updateSession(setup.session(), vienna);

        Fixtures.registration(waiting).body("status", equalTo("CONFIRMED"));
        Fixtures.registration(later).body("status", equalTo("WAITLISTED")).body("waitlistRank", equalTo(1));
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Newcomer"), false)
                .statusCode(409)
                .body("rule", equalTo("quota-reached"));
    }
}
