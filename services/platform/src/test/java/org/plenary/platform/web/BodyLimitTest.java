package org.plenary.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body over the service's limit is refused with a problem naming the limit; one under it is read. */
@QuarkusTest
@TestProfile(BodyLimitTest.SmallBodies.class)
class BodyLimitTest {

    public static class SmallBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "1K");
        }
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemNamingTheLimit() {
        given().contentType(ContentType.JSON)
                .body("{\"a\":\"" + "x".repeat(5000) + "\"}")
                .post("/echo")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("rule", equalTo("body-too-large"))
                .body("status", equalTo(413))
                .body("limitBytes", equalTo(1024))
                .body("bodyBytes", equalTo(5008))
                .body("instance", equalTo("/echo"));
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        String padding = "x".repeat(1024 - "{\"a\":\"\"}".length());
        given().contentType(ContentType.JSON)
                .body("{\"a\":\"" + padding + "\"}")
                .post("/echo")
                .then()
                .statusCode(200)
                .body("fields", equalTo(1));
    }
}
