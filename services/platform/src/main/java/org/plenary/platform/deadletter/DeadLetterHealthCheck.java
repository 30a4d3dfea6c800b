package org.plenary.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * Dead letters waiting for an operator: a line per dead-letter topic in {@code /q/health/well} (the count; the check
 * stays UP, since every other event flows) and the gauge {@code plenary_dead_letters_waiting{topic}}, refreshed every 30 seconds. They wait until they are
 * re-driven ({@link DeadLetterRedrive}).
 */
@Wellness
@ApplicationScoped
public class DeadLetterHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DeadLetterHealthCheck.class);

    private final List<String> topics;
    private final Admin admin;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    public DeadLetterHealthCheck(Config config, MeterRegistry metrics, org.plenary.platform.KafkaConnection kafka) {
        this.topics = DeadLetters.topics(config);
        this.admin = DeadLetters.admin(kafka.settings());
        for (String topic : topics) {
            AtomicLong value = new AtomicLong();
            gauges.put(topic, value);
            Gauge.builder("plenary.dead.letters.waiting", value, AtomicLong::get)
                    .description("Dead letters not yet re-driven, per dead-letter topic")
                    .tag("topic", topic)
                    .register(metrics);
        }
    }

    @PreDestroy
    void close() {
        admin.close(DeadLetters.timeout());
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Dead letters");
        try {
            Map<String, Long> waiting = DeadLetters.waiting(admin, topics);
            waiting.forEach((topic, count) -> {
                response.withData(topic, count);
                gauges.get(topic).set(count);
            });
            // UP all the same: the service itself is well and the rest flows; what waits is shown here and in the
            // gauge, on which an alert acts.
            return response.up().build();
        } catch (Exception e) {
            // Kafka away: the "Kafka and the outbox" check says so; the dead letters are not known just now.
            return response.up()
                    .withData("unknown", String.valueOf(e.getMessage()))
                    .build();
        }
    }

    @Scheduled(every = "30s", delayed = "10s", identity = "dead-letter-gauges")
    void refresh() {
        try {
            DeadLetters.waiting(admin, topics)
                    .forEach((topic, count) -> gauges.get(topic).set(count));
        } catch (Exception e) {
            LOG.debugf("Dead letters not counted (Kafka away?): %s", e.getMessage());
        }
    }
}
