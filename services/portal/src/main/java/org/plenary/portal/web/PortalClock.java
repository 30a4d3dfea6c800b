package org.plenary.portal.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock the pages count the time left by. It follows the services' {@code plenary.clock.start-at}, so that
 * the local demo (whose services play January 2026) shows the same "closes in" as the services decide by.
 */
public class PortalClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "plenary.clock.start-at") Optional<Instant> startAt) {
        Clock system = Clock.systemUTC();
        return startAt.map(start -> Clock.offset(system, Duration.between(system.instant(), start)))
                .orElse(system);
    }
}
