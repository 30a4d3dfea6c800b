package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** Every registration event says how many seats the organisation holds in the session after the whole change. */
@QuarkusTest
class OrganisationSeatsTest extends ClockedTest {

    private static int seats(KafkaEvents.Event event) {
        assertThat(EventSchemas.validate(event.body())).isEmpty();
        assertThat(event.data().has("organisationSeats")).isTrue();
        return event.data().path("organisationSeats").asInt();
    }

    @Test
    void aCancellationThatPromotesTheOrganisationsWaitingDelegateStillCountsOneSeat() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        String token = Tokens.organisation(setup.organisation());
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            String seated = Fixtures.registered(setup.organisation(), setup.session());
            String waiting = Fixtures.register(
                            setup.organisation(), setup.session(), Fixtures.delegate("Waiting"), true)
                    .statusCode(201)
                    .extract()
                    .path("id");
            assertThat(seats(events.awaitType(RegistrationEvents.REGISTERED, seated)))
                    .isEqualTo(1);
            assertThat(seats(events.awaitType(RegistrationEvents.WAITLISTED, waiting)))
                    .isEqualTo(1);

            Fixtures.cancel(token, seated).statusCode(200);
            assertThat(seats(events.awaitType(RegistrationEvents.CANCELLED, seated)))
                    .isEqualTo(1);
            assertThat(seats(events.awaitType(RegistrationEvents.PROMOTED, waiting)))
                    .isEqualTo(1);

            Fixtures.cancel(token, waiting).statusCode(200);
            assertThat(seats(events.awaitType(RegistrationEvents.CANCELLED, waiting)))
                    .isEqualTo(0);
        }
    }
}
