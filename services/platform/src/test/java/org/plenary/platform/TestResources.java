package org.plenary.platform;

import io.quarkus.test.common.QuarkusTestResource;
import org.plenary.testing.JwtKeys;

@QuarkusTestResource(JwtKeys.class)
public final class TestResources {

    private TestResources() {}
}
