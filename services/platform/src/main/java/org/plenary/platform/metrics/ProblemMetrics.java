package org.plenary.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the problem answers by rule and status ({@code plenary_problems_total{rule,status}}): on deadline day, how
 * many registrations the quota, the deadline or a bad field turned away, beside the 5xx. The problem mappers call
 * {@link #answered} for every problem they write.
 */
@Startup
@ApplicationScoped
public class ProblemMetrics {

    private static volatile MeterRegistry registry = Metrics.globalRegistry;

    public ProblemMetrics(MeterRegistry metrics) {
        registry = metrics;
    }

    /** One more problem answered with this rule and status. */
    public static void answered(String rule, int status) {
        Counter.builder("plenary.problems")
                .description("Problem answers (application/problem+json) by rule and status")
                .tag("rule", String.valueOf(rule))
                .tag("status", String.valueOf(status))
                .register(registry)
                .increment();
    }
}
