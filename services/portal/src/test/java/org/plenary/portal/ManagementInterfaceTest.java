package org.plenary.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The portal's health is served on its management interface, a port of its own, not on the port of its pages: an
 * ingress that routes the pages cannot publish it.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    @Test
    void healthAnswersOnTheManagementPortOnly() {
        assertThat(managementPort()).isPositive().isNotEqualTo(18980);
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/health"}) {
            given().get(path).then().statusCode(404);
            given().port(managementPort()).get(path).then().statusCode(200);
        }
    }
}
