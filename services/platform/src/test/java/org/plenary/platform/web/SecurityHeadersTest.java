package org.plenary.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Management;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyAnswerForbidsSniffingAndFraming() {
        for (String path : new String[] {"/ledger/someone", "/q/health/ready", "/no-such-path"}) {
            given().get(path)
                    .then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
        // The operational endpoints, on the management interface: Swagger UI is a page that must not be framed.
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/swagger-ui/", "/no-such-path"}) {
            Management.given()
                    .get(path)
                    .then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void anAnswerToAnAuthenticatedRequestIsNeverStored() {
        given().auth()
                .oauth2("any-token")
                .get("/ledger/someone")
                .then()
                .header("Cache-Control", equalTo("no-store"))
                .header("Vary", containsString("Authorization"));
        given().get("/ledger/someone").then().statusCode(200).header("Cache-Control", nullValue());
    }
}
