package org.plenary.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The operator's re-drive of dead letters, once their cause is fixed: every record of a dead-letter topic not yet
 * re-driven goes back to the topic it came from (header {@code dead-letter-topic}), with its key, value and
 * CloudEvents headers, and the re-drive records how far it got (consumer group {@code plenary-redrive.<topic>}),
 * so that a second run re-drives nothing twice. Each consumer applies the event once, through its inbox: one that
 * had applied it before skips it, one that dead-lettered it applies it now (or dead-letters it again, with the
 * reason, if the cause is still there).
 *
 * <pre>
 * java -cp '&lt;a service's lib/main/*&gt;' org.plenary.platform.deadletter.DeadLetterRedrive BOOTSTRAP DEAD_LETTER_TOPIC...
 * </pre>
 */
public final class DeadLetterRedrive {

    private static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final Duration POLL = Duration.ofMillis(500);

    private final java.util.Map<String, Object> connection;

    /** On these connection settings ({@link org.plenary.platform.KafkaConnection}). */
    public DeadLetterRedrive(java.util.Map<String, Object> connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DeadLetterRedrive BOOTSTRAP_SERVERS DEAD_LETTER_TOPIC...");
            System.exit(2);
        }
        // TLS and SASL as the service has them: its KAFKA_* variables (KAFKA_SECURITY_PROTOCOL, ...).
        DeadLetterRedrive redrive =
                new DeadLetterRedrive(org.plenary.platform.KafkaConnection.fromEnvironment(args[0], System.getenv()));
        for (int i = 1; i < args.length; i++) {
            int count = redrive.redrive(args[i]);
            System.out.printf("[redrive] %s: %d dead letter(s) sent back to their topics%n", args[i], count);
        }
    }

    /** Re-drives what waits on one dead-letter topic, up to its end now; returns how many records it sent back. */
    public int redrive(String deadLetterTopic) throws Exception {
        Properties consumerProps = new Properties();
        consumerProps.putAll(connection);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, DeadLetters.redriveGroup(deadLetterTopic));
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties producerProps = new Properties();
        producerProps.putAll(connection);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int sent = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, DeadLetters.timeout()).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, DeadLetters.timeout());
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            while (!reached(consumer, end)) {
                List<ProducerRecord<byte[], byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> dead : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(dead.topic(), dead.partition());
                    progress.put(partition, new OffsetAndMetadata(dead.offset() + 1));
                    Header original = dead.headers().lastHeader(ORIGINAL_TOPIC);
                    if (original == null) {
                        System.err.printf(
                                "[redrive] %s offset %d names no original topic; skipped%n",
                                deadLetterTopic, dead.offset());
                        continue;
                    }
                    RecordHeaders headers = new RecordHeaders();
                    for (Header header : dead.headers()) {
                        if (!header.key().startsWith("dead-letter-")) {
                            headers.add(header);
                        }
                    }
                    batch.add(new ProducerRecord<>(
                            new String(original.value(), StandardCharsets.UTF_8),
                            null,
                            dead.key(),
                            dead.value(),
                            headers));
                }
                for (ProducerRecord<byte[], byte[]> record : batch) {
                    producer.send(record).get();
                    sent++;
                }
                if (!progress.isEmpty()) {
                    // Recorded only once what it covers is on its topic again: a crash re-drives again, never loses.
                    consumer.commitSync(progress);
                    System.out.printf("[redrive] %s: %d sent back so far%n", deadLetterTopic, sent);
                }
            }
        }
        return sent;
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey(), DeadLetters.timeout()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }
}
