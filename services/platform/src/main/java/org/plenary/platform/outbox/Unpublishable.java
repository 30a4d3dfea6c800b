package org.plenary.platform.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.plenary.platform.KafkaAdmins;

/**
 * Tells an outbox row that can never be published (an event over the size limit, a topic name Kafka refuses, a
 * topic that does not exist on a broker that answers) from one that failed because Kafka is away for a while. Only
 * the first kind is set aside; the second waits for Kafka.
 */
@ApplicationScoped
public class Unpublishable {

    private final Admin admin;

    public Unpublishable(org.plenary.platform.KafkaConnection kafka) {
        this.admin = KafkaAdmins.create(kafka.settings());
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }

    /** Why the row can never be published, or empty if the failure may pass. */
    public Uni<Optional<String>> reason(OutboxEvent row, Throwable failure) {
        boolean metadataMissing = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
                return lasting("the event (" + row.payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        + " bytes) is over Kafka's size limit: " + cause.getMessage());
            }
            if (cause instanceof InvalidTopicException) {
                return lasting("Kafka refuses the topic name '" + row.topic + "': " + cause.getMessage());
            }
            if (cause instanceof SerializationException || cause instanceof InvalidRecordException) {
                return lasting("Kafka refuses the record: " + cause.getMessage());
            }
            if (cause instanceof TopicAuthorizationException) {
                return lasting("this service may not write to " + row.topic + ": " + cause.getMessage());
            }
            if (cause instanceof UnknownTopicOrPartitionException
                    || (cause.getMessage() != null && cause.getMessage().contains("not present in metadata"))) {
                metadataMissing = true;
            }
        }
        return metadataMissing ? topicMissing(row.topic) : Uni.createFrom().item(Optional.empty());
    }

    /** Asks the brokers whether the topic exists: a missing topic lasts, brokers that do not answer may come back. */
    private Uni<Optional<String>> topicMissing(String topic) {
        return Uni.createFrom()
                .completionStage(() -> admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs(3000))
                        .allTopicNames()
                        .toCompletionStage())
                .map(found -> Optional.<String>empty())
                .onFailure()
                .recoverWithItem(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                            ? e.getCause()
                            : e;
                    return cause instanceof UnknownTopicOrPartitionException
                            ? Optional.of("the topic " + topic + " does not exist on the brokers")
                            : Optional.empty();
                });
    }

    private static Uni<Optional<String>> lasting(String reason) {
        return Uni.createFrom().item(Optional.of(reason));
    }
}
