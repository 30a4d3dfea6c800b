package org.plenary.platform.inbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Where each projection's rebuild stands (waiting for PostgreSQL or Kafka, rebuilding, rebuilt, not needed), a line
 * each in {@code /q/health/well}. UP all the same: the service answers from what it has while a copy is rebuilt.
 */
@Wellness
@ApplicationScoped
public class ProjectionsHealthCheck implements HealthCheck {

    private final TopicReplay replay;

    public ProjectionsHealthCheck(TopicReplay replay) {
        this.replay = replay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("Projections").up();
        replay.states().forEach(response::withData);
        return response.build();
    }
}
