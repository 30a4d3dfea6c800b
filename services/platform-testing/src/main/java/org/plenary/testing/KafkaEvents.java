package org.plenary.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a topic of the real broker from the moment it is opened, so a test sees the events its own actions
 * cause, and waits for them with Awaitility. Also writes raw records, to replay or poison a consumer.
 */
public final class KafkaEvents implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One record as the test sees it. */
    public record Event(String topic, String key, JsonNode body, String rawValue, Map<String, String> headers) {

        public String type() {
            return body == null ? null : body.path("type").asText(null);
        }

        public JsonNode data() {
            return body == null ? null : body.path("data");
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    private KafkaEvents(String topic, String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        ensureTopic(topic, bootstrapServers);
        consumer = new KafkaConsumer<>(props);
        // A topic created a moment ago may not be in the broker's metadata yet: wait until it has partitions.
        List<TopicPartition> partitions = Awaitility.await("partitions of " + topic)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                                .map(info -> new TopicPartition(topic, info.partition()))
                                .toList(),
                        found -> !found.isEmpty());
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Starts reading the topic at its current end. */
    public static KafkaEvents follow(String topic) {
        return new KafkaEvents(topic, bootstrapServers());
    }

    /** Starts reading the topic at its current end, from the broker at this address. */
    public static KafkaEvents follow(String topic, String bootstrapServers) {
        return new KafkaEvents(topic, bootstrapServers);
    }

    /** Waits until an event matching the predicate arrives, and returns it. */
    public Event await(Predicate<Event> match) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            poll();
                            return seen.stream().filter(match).findFirst().orElse(null);
                        },
                        found -> found != null);
    }

    /** Waits for an event of this type about this subject. */
    public Event awaitType(String type, String subject) {
        return await(e ->
                type.equals(e.type()) && subject.equals(e.body().path("subject").asText()));
    }

    /** Everything read so far, after one more poll. */
    public List<Event> seen() {
        poll();
        return List.copyOf(seen);
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(
                        header.key(),
                        header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            JsonNode body;
            try {
                body = record.value() == null ? null : MAPPER.readTree(record.value());
            } catch (JsonProcessingException e) {
                body = null;
            }
            seen.add(new Event(record.topic(), record.key(), body, record.value(), headers));
        }
    }

    /** Writes one raw record, as a producer would, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        send(topic, key, value, null);
    }

    /**
     * {@link #send(String, String, String)} with the record's timestamp set, as if it had been produced then ({@code
     * null}: now).
     */
    public static void send(String topic, String key, String value, java.time.Instant producedAt) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(
                            topic, null, producedAt == null ? null : producedAt.toEpochMilli(), key, value))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }

    /** Creates a topic the test reads before anything wrote to it (a dead-letter topic, say). */
    private static void ensureTopic(String topic, String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get(10, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e);
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + topic, e);
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig()
                .getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092");
    }

    @Override
    public void close() {
        consumer.close();
    }
}
