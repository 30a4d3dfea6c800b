package org.plenary.notification;

import io.quarkus.test.common.QuarkusTestResource;
import org.plenary.testing.JwtKeys;

/**
 * Registers, for every test of this module, the signing key made for the run, the upstream topics, and the proxy in
 * front of the real SMTP server that the outage test cuts.
 */
@QuarkusTestResource(JwtKeys.class)
@QuarkusTestResource(UpstreamTopics.class)
@QuarkusTestResource(SmtpOutage.class)
public final class TestResources {

    private TestResources() {}
}
