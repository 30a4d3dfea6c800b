package org.plenary.platform.metrics;

import java.util.List;

/**
 * The metric names that matter on deadline day, as Prometheus scrapes them from {@code /q/metrics} on the management
 * port. The Grafana dashboard and the alert rules in k8s/ use these names and no others; the platform's
 * {@code DeadlineDayMetricsTest} scrapes a running service and finds each of them, and the manifest test in
 * deploy/k8s-test reads this list to check every name the dashboard and the alerts use.
 */
public final class DeadlineDayMetrics {

    /** Requests answered, by uri, method and status (Quarkus' Micrometer HTTP server binder). */
    public static final String HTTP_REQUESTS = "http_server_requests_seconds_count";
    /** The same requests' total time, for the mean latency beside the count. */
    public static final String HTTP_REQUEST_SECONDS = "http_server_requests_seconds_sum";
    /** Problem answers by rule and status ({@link ProblemMetrics}). */
    public static final String PROBLEMS = "plenary_problems_total";
    /** Events in the outbox not yet published and not set aside ({@link OutboxMetrics}). */
    public static final String OUTBOX_PENDING = "plenary_outbox_pending_events";
    /** How long the oldest of them has waited, in seconds (0 when none waits). */
    public static final String OUTBOX_OLDEST_AGE = "plenary_outbox_oldest_pending_age_seconds";
    /** Events the relay set aside (the broker refused them for good): an operator decides. */
    public static final String OUTBOX_SET_ASIDE = "plenary_outbox_set_aside_events";
    /** Events published by the outbox relay (counter of the relay). */
    public static final String OUTBOX_PUBLISHED = "plenary_outbox_published_total";
    /** Attempts to publish that failed (counter of the relay). */
    public static final String OUTBOX_PUBLISH_FAILURES = "plenary_outbox_publish_failures_total";
    /** Records of a topic that a consumer group of the service has not yet read ({@link ConsumerLagMetrics}). */
    public static final String CONSUMER_LAG = "plenary_consumer_lag_records";
    /** Dead letters not yet re-driven, per dead-letter topic (the dead-letter health check's gauge). */
    public static final String DEAD_LETTERS = "plenary_dead_letters_waiting";
    /** Projections of the service not yet complete: waiting to be rebuilt, or rebuilding ({@link ProjectionMetrics}). */
    public static final String PROJECTIONS_REBUILDING = "plenary_projections_rebuilding";

    /** Every name above. */
    public static final List<String> NAMES = List.of(
            HTTP_REQUESTS,
            HTTP_REQUEST_SECONDS,
            PROBLEMS,
            OUTBOX_PENDING,
            OUTBOX_OLDEST_AGE,
            OUTBOX_SET_ASIDE,
            OUTBOX_PUBLISHED,
            OUTBOX_PUBLISH_FAILURES,
            CONSUMER_LAG,
            DEAD_LETTERS,
            PROJECTIONS_REBUILDING);

    private DeadlineDayMetrics() {}
}
