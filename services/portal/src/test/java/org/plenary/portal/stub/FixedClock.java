package org.plenary.portal.stub;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The tests' clock: 20 January 2026, 14:00 UTC, two days and three hours before the Vienna deadline. */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-01-20T14:00:00Z");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
