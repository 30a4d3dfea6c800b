package org.plenary.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the relay as soon as outbox rows are committed, rather than at its next poll: it listens on PostgreSQL's
 * {@code plenary_outbox} channel, which a trigger on {@code outbox_event} notifies when a transaction that
 * inserted rows commits. One connection per replica; it reconnects by itself. {@code plenary.outbox.listen=false}
 * leaves the relay to its poll alone.
 */
@ApplicationScoped
public class OutboxWakeUp {

    static final String CHANNEL = "plenary_outbox";

    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final boolean enabled;
    private final String url;
    private final String username;
    private final String password;
    private PgSubscriber subscriber;

    public OutboxWakeUp(
            Vertx vertx,
            OutboxRelay relay,
            @ConfigProperty(name = "plenary.outbox.listen", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.relay = relay;
        this.enabled = enabled;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(username)
                .setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> relay.wake());
        subscriber
                .connect()
                .subscribe()
                .with(
                        ignored -> LOG.debugf("Listening on %s for committed outbox rows", CHANNEL),
                        e -> LOG.warnf(
                                "Cannot listen for committed outbox rows (the relay polls meanwhile): %s",
                                e.getMessage()));
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }
}
