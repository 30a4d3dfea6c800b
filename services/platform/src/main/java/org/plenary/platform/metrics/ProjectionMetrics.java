package org.plenary.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.plenary.platform.inbox.TopicReplay;

/**
 * Where the projections' rebuilds stand, as a number Prometheus can alert on: {@code plenary_projections_rebuilding},
 * the projections of the service not yet complete (waiting for PostgreSQL or Kafka, or rebuilding). 0 when every
 * copy is complete; which one is rebuilding, and how far it got, is in {@code /q/health/well} ("Projections").
 */
@Startup
@ApplicationScoped
public class ProjectionMetrics {

    public ProjectionMetrics(TopicReplay replay, MeterRegistry metrics) {
        Gauge.builder("plenary.projections.rebuilding", replay, ProjectionMetrics::rebuilding)
                .description("Projections not yet complete: waiting to be rebuilt, or rebuilding")
                .register(metrics);
    }

    static double rebuilding(TopicReplay replay) {
        return rebuilding(replay.states());
    }

    /** The states that are neither complete nor rebuilt. */
    static long rebuilding(Map<String, String> states) {
        return states.values().stream()
                .filter(state -> !state.startsWith("complete") && !state.startsWith("rebuilt"))
                .count();
    }
}
