package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.testing.PoisonMessages;

/**
 * Every topic the service reads: what can never be applied reaches the dead-letter topic, and the next event of
 * the topic is applied.
 */
@QuarkusTest
class PoisonTest {

    private static final String DEAD_LETTERS = "notification-service.dead-letter";

    static java.util.stream.Stream<Arguments> topics() {
        UUID session = UUID.randomUUID();
        Instant deadline = Instant.parse("2031-06-01T17:00:00Z");
        return java.util.stream.Stream.of(
                Arguments.of(
                        "accreditations",
                        Fixtures.APPLICATIONS_TOPIC,
                        "accreditation.application.accredited",
                        (Supplier<ObjectNode>) () -> Fixtures.application(
                                "submitted", Fixtures.newOrganisationId(), "EFF", null, "en", "SUBMITTED")),
                Arguments.of("sessions", Fixtures.SESSIONS_TOPIC, "registration.session.created", (Supplier<ObjectNode>)
                        () -> Fixtures.session(UUID.randomUUID(), "Poison test", deadline)),
                Arguments.of(
                        "registrations", Fixtures.REGISTRATIONS_TOPIC, "registration.registration.confirmed", (Supplier<
                                        ObjectNode>)
                                () -> Fixtures.registration(
                                        "waitlisted",
                                        UUID.randomUUID(),
                                        session,
                                        Fixtures.newOrganisationId(),
                                        "Delegate",
                                        "WAITLISTED")),
                Arguments.of(
                        "proposals", Fixtures.PROPOSALS_TOPIC, "sideevent.proposal.approved", (Supplier<ObjectNode>)
                                () -> Fixtures.proposal(
                                        "proposed",
                                        UUID.randomUUID(),
                                        session,
                                        Fixtures.newOrganisationId(),
                                        "Poison test",
                                        "PENDING")),
                Arguments.of("submissions", Fixtures.SUBMISSIONS_TOPIC, "submission.submission.published", (Supplier<
                                ObjectNode>)
                        () -> Fixtures.submission(
                                "submitted",
                                UUID.randomUUID(),
                                session,
                                Fixtures.newOrganisationId(),
                                "Poison test",
                                "SUBMITTED")),
                Arguments.of("bodies", Fixtures.BODIES_TOPIC, "accreditation.body.defined", (Supplier<ObjectNode>) () ->
                        Fixtures.body("body-" + UUID.randomUUID().toString().substring(0, 8), "REASON_ONLY")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void whatCanNeverBeAppliedIsDeadLetteredAndTheTopicFlowsOn(
            String consumer, String topic, String type, Supplier<ObjectNode> next) {
        assertThat(PoisonMessages.reachTheDeadLetterTopic(topic, type, DEAD_LETTERS))
                .hasSize(3);
        ObjectNode event = next.get();
        Fixtures.publish(topic, event);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from processed_event where consumer = '" + consumer
                                + "' and event_id = '" + event.path("id").asText() + "'")
                        == 1);
    }
}
