package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.PoisonMessages;

/** Every topic the service reads: what can never be applied reaches the dead-letter topic, and the rest flows. */
@QuarkusTest
class PoisonTest {

    private static final String DEAD_LETTERS = "side-event-service.dead-letter";

    @Test
    void sessions() {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        RegistrationEvents.SESSIONS_TOPIC, RegistrationEvents.SESSION_CREATED, DEAD_LETTERS))
                .hasSize(3);
        Fixtures.session();
    }

    @Test
    void registrations() {
        UUID session = Fixtures.session();
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        RegistrationEvents.REGISTRATIONS_TOPIC, RegistrationEvents.CONFIRMED, DEAD_LETTERS))
                .hasSize(3);
        Fixtures.confirmed(session, Fixtures.newOrganisationId());
    }

    @Test
    void accreditations() {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        AccreditationEvents.APPLICATIONS_TOPIC,
                        AccreditationEvents.APPLICATION_ACCREDITED,
                        DEAD_LETTERS))
                .hasSize(3);
        Fixtures.accreditationApplied(
                Fixtures.accreditationEvent("accredited", Fixtures.newOrganisationId(), Fixtures.BODY, "ACCREDITED"));
    }
}
