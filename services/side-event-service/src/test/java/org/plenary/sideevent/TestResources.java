package org.plenary.sideevent;

import io.quarkus.test.common.QuarkusTestResource;
import org.plenary.testing.JwtKeys;

/**
 * Registers, for every test of this module, the signing key made for the run and the registration service's
 * topics.
 */
@QuarkusTestResource(JwtKeys.class)
@QuarkusTestResource(UpstreamTopics.class)
public final class TestResources {

    private TestResources() {}
}
