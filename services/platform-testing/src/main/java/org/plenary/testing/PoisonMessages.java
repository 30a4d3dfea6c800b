package org.plenary.testing;

import java.util.List;
import java.util.UUID;

/**
 * Messages a consumer can never apply, sent to one of the topics it reads: each must reach the service's
 * dead-letter topic with the reason (header {@code dead-letter-reason}) and the topic it came from (header
 * {@code dead-letter-topic}), and the consumer must carry on (the caller then checks that a good event is applied).
 */
public final class PoisonMessages {

    /** What was sent, and what the dead letter of each said. */
    public record DeadLetter(String kind, String reason) {}

    private PoisonMessages() {}

    /**
     * Sends three messages on {@code topic}: one that is not JSON, one that is JSON but no Plenary event, and one of
     * the topic's event type {@code type} whose data breaks its schema. Waits for each on {@code deadLetterTopic}
     * and returns them in that order.
     */
    public static List<DeadLetter> reachTheDeadLetterTopic(String topic, String type, String deadLetterTopic) {
        String marker = UUID.randomUUID().toString();
        String notJson = "not json " + marker;
        String notAnEvent = "{\"marker\":\"" + marker + "-event\"}";
        String againstSchema = """
                {"id":"%s","type":"%s","source":"/plenary/test","subject":"%s-schema","aggregateType":"organisation",
                 "aggregateId":"%s","occurredAt":"2026-01-10T09:00:00Z","schemaVersion":1,"correlationId":null,
                 "data":{"marker":"%s-schema"}}""".formatted(UUID.randomUUID(), type, marker, marker, marker);
        try (KafkaEvents deadLetters = KafkaEvents.follow(deadLetterTopic)) {
            KafkaEvents.send(topic, marker, notJson);
            KafkaEvents.send(topic, marker, notAnEvent);
            KafkaEvents.send(topic, marker, againstSchema);
            return List.of(
                    deadLetter("not JSON", deadLetters, topic, notJson),
                    deadLetter("not an event", deadLetters, topic, marker + "-event"),
                    deadLetter("against the schema of " + type, deadLetters, topic, marker + "-schema"));
        }
    }

    private static DeadLetter deadLetter(String kind, KafkaEvents deadLetters, String topic, String marker) {
        KafkaEvents.Event dead =
                deadLetters.await(e -> e.rawValue() != null && e.rawValue().contains(marker));
        if (!topic.equals(dead.headers().get("dead-letter-topic"))) {
            throw new AssertionError(kind + ": the dead letter names the topic "
                    + dead.headers().get("dead-letter-topic") + ", not " + topic);
        }
        String reason = dead.headers().get("dead-letter-reason");
        if (reason == null || reason.isBlank()) {
            throw new AssertionError(kind + ": the dead letter gives no reason");
        }
        return new DeadLetter(kind, reason);
    }
}
