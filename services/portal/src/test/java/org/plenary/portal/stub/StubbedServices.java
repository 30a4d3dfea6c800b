package org.plenary.portal.stub;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** A test of the portal over the stubbed services, each test starting from the Vienna session's data. */
public abstract class StubbedServices {

    @Inject
    protected ServiceStubs services;

    @BeforeEach
    void theViennaSession() {
        services.reset();
        services.vienna();
    }
}
