package org.plenary.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request to the management interface of the service under test: {@code /q/health}, {@code /q/metrics},
 * {@code /q/openapi} and {@code /q/swagger-ui} are served there, on a port of their own, and not on the API's port.
 * Tests take a free port ({@code quarkus.management.test-port=0}); this is the one the service listens on.
 */
public final class Management {

    private Management() {}

    /** The port the management interface of the running test application listens on. */
    public static int port() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        if (port <= 0) {
            throw new IllegalStateException("the management interface is not listening (quarkus.management.enabled)");
        }
        return port;
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}
