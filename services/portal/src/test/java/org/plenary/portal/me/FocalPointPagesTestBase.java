package org.plenary.portal.me;

import org.junit.jupiter.api.BeforeEach;
import org.plenary.portal.stub.StubbedServices;

/**
 * The focal point's pages over the stubbed services, from the Vienna session's data. (The superclass's
 * package-private {@code @BeforeEach} is not seen from this package, so the data is loaded here.)
 */
abstract class FocalPointPagesTestBase extends StubbedServices {

    @BeforeEach
    void fromTheViennaSession() {
        services.reset();
        services.vienna();
    }
}
