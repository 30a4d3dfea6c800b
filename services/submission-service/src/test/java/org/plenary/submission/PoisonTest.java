package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.submission.session.BodyPolicyCopy;
import org.plenary.testing.PoisonMessages;

/** Every topic the service reads: what can never be applied reaches the dead-letter topic, and the rest flows. */
@QuarkusTest
class PoisonTest extends ClockedTest {

    private static final String DEAD_LETTERS = "submission-service.dead-letter";

    @Test
    void sessionsAndAccreditations() {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        RegistrationEvents.SESSIONS_TOPIC, RegistrationEvents.SESSION_CREATED, DEAD_LETTERS))
                .hasSize(3);
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        AccreditationEvents.APPLICATIONS_TOPIC,
                        AccreditationEvents.APPLICATION_ACCREDITED,
                        DEAD_LETTERS))
                .hasSize(3);
        // A session and an accreditation read after them: the organisation files.
        Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
    }

    @Test
    void bodies() {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(
                        AccreditationEvents.BODIES_TOPIC, AccreditationEvents.BODY_DEFINED, DEAD_LETTERS))
                .hasSize(3);
        String body = "body-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.bodyPolicy(body, "defined", BodyPolicyCopy.WITHDRAW);
        Fixtures.awaitPolicy(body, BodyPolicyCopy.WITHDRAW);
    }
}
