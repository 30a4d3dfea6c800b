package org.plenary.submission;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.plenary.testing.MovableClock;

/** A test that moves the service's clock, and puts it back after each test. */
abstract class ClockedTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
