package org.plenary.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The portal's health and metrics are served on its management interface, a port of its own, not on the port of its
 * pages: the route that publishes the pages cannot publish them.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    @Test
    void healthAnswersOnTheManagementPortOnly() {
        assertThat(managementPort()).isPositive().isNotEqualTo(18980);
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/health", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
            given().port(managementPort()).get(path).then().statusCode(200);
        }
    }

    @Test
    void metricsCountThePagesServedInPrometheusFormat() {
        given().get("/sessions/not-a-uuid").then().statusCode(404);
        given().port(managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds_count{"));
    }
}
