package org.plenary.submission;

import io.quarkus.test.common.QuarkusTestResource;
import org.plenary.testing.JwtKeys;

/** Registers, for every test of this module, the signing key made for the run. */
@QuarkusTestResource(JwtKeys.class)
public final class TestResources {

    private TestResources() {}
}
