package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.testing.PoisonMessages;

/** Every topic the service reads: what can never be applied reaches the dead-letter topic, and the rest flows. */
@QuarkusTest
class PoisonTest {

    private static final String DEAD_LETTERS = "registration-service.dead-letter";

    @Test
    void accreditations() {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        AccreditationEvents.APPLICATIONS_TOPIC,
                        AccreditationEvents.APPLICATION_ACCREDITED,
                        DEAD_LETTERS))
                .hasSize(3);
        String body = Fixtures.newBodyId();
        String session = Fixtures.createSession(Fixtures.vienna(body));
        Fixtures.accreditedOrganisation(body, session);
    }
}
