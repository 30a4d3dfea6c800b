package org.plenary.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, replacing the system clock of the service under test (which is a
 * default bean). Tests that set it must {@link #reset()} it afterwards.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at this instant. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Moves the clock forward (or back, with a negative duration), stopping it if it ran. */
    public void advance(Duration duration) {
        this.fixed = instant().plus(duration);
    }

    /** Back to the system time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }
}
