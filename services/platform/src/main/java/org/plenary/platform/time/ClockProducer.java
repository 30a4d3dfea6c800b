package org.plenary.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The clock every rule reads the time from. Normally the system clock. For a demonstration or a training
 * environment, {@code plenary.clock.start-at} (an instant) makes the service start at that moment and let
 * time run on from there; the local demo uses it to play the January 2026 Vienna session. Tests replace
 * this bean with a clock they can move.
 */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "plenary.clock.start-at") Optional<Instant> startAt) {
        Clock system = Clock.systemUTC();
        if (startAt.isEmpty()) {
            return system;
        }
        LOG.warnf("The clock starts at %s, not the real time (plenary.clock.start-at)", startAt.get());
        return Clock.offset(system, Duration.between(system.instant(), startAt.get()));
    }
}
