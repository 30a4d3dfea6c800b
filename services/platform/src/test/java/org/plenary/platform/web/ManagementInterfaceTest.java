package org.plenary.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Management;

/**
 * Health, metrics, the OpenAPI document and Swagger UI are served on the management interface, a port of their own,
 * and not on the API's port: an ingress that routes the API's port cannot publish them.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static final String[] OPERATIONAL = {
        "/q/health",
        "/q/health/ready",
        "/q/health/live",
        "/q/health/started",
        "/q/health/well",
        "/q/metrics",
        "/q/openapi",
        "/q/swagger-ui/"
    };

    @Test
    void theManagementInterfaceHasAPortOfItsOwn() {
        assertThat(Management.port()).isPositive().isNotEqualTo(RestAssured.port);
    }

    @Test
    void theApiPortDoesNotServeTheOperationalEndpoints() {
        for (String path : OPERATIONAL) {
            given().get(path).then().statusCode(404);
        }
        given().get("/ledger/someone").then().statusCode(200);
    }

    @Test
    void theManagementPortServesThemAndNotTheApi() {
        for (String path : OPERATIONAL) {
            if (path.equals("/q/health") || path.equals("/q/health/well")) {
                // What other tests left (dead letters, set-aside events) may make the wellness check DOWN: served.
                Management.given()
                        .get(path)
                        .then()
                        .statusCode(anyOf(is(200), is(503)))
                        .body("checks", not(empty()));
            } else {
                Management.given().get(path).then().statusCode(200);
            }
        }
        Management.given().get("/ledger/someone").then().statusCode(404);
    }

    @Test
    void swaggerUiReadsTheOpenApiDocumentOfItsOwnPort() {
        Management.given()
                .get("/q/swagger-ui")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/openapi"));
        Management.given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/ledger/{account}"));
    }
}
