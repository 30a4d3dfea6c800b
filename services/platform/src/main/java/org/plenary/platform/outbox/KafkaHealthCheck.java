package org.plenary.platform.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.plenary.platform.KafkaAdmins;

/**
 * Kafka, as this service needs it: the broker answers, and the outbox does not hold an event longer than
 * {@code plenary.outbox.health.max-delay} (default one minute). DOWN otherwise, with what is waiting.
 *
 * <p>A wellness check ({@code /q/health/well}, and {@code /q/health}), not a readiness one: while Kafka is away the
 * service goes on answering and taking writes, whose events wait in the outbox, so Kubernetes must keep sending it
 * requests. Readiness reflects the database, which no request can do without.
 */
@Wellness
@ApplicationScoped
public class KafkaHealthCheck implements AsyncHealthCheck {

    private static final String PENDING = "select count(*) filter (where set_aside_at is null) as pending,"
            + " min(occurred_at) filter (where set_aside_at is null) as oldest,"
            + " count(*) filter (where set_aside_at is not null) as set_aside"
            + " from outbox_event where published_at is null";

    private final Pool pool;
    private final Clock clock;
    private final Duration maxDelay;
    private final Admin admin;

    public KafkaHealthCheck(
            Pool pool,
            Clock clock,
            org.plenary.platform.KafkaConnection kafka,
            @ConfigProperty(name = "plenary.outbox.health.max-delay", defaultValue = "PT1M") Duration maxDelay) {
        this.pool = pool;
        this.clock = clock;
        this.maxDelay = maxDelay;
        this.admin = KafkaAdmins.create(kafka.settings());
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Uni<Integer> brokers = Uni.createFrom()
                .completionStage(() -> admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                        .nodes()
                        .toCompletionStage())
                .map(nodes -> nodes.size())
                .onFailure()
                .recoverWithItem(0);
        Uni<Row> outbox =
                pool.query(PENDING).execute().map(rows -> rows.iterator().next());
        return Uni.combine().all().unis(brokers, outbox).with((reachable, row) -> {
            long pending = row.getLong("pending");
            long setAside = row.getLong("set_aside");
            OffsetDateTime oldest = row.getOffsetDateTime("oldest");
            boolean late = oldest != null
                    && Duration.between(oldest.toInstant(), clock.instant()).compareTo(maxDelay) > 0;
            HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka and the outbox")
                    .status(reachable > 0 && !late && setAside == 0)
                    .withData("brokers", reachable)
                    .withData("pendingEvents", pending)
                    .withData("setAsideEvents", setAside);
            if (oldest != null) {
                response.withData("oldestPendingEvent", oldest.toInstant().toString());
            }
            return response.build();
        });
    }
}
