package org.plenary.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A value the database cannot hold (a NUL character) is the caller's fault: a 400 naming why, never a 500. */
@QuarkusTest
class UnstorableValueTest {

    @Test
    void aNulCharacterInAnIdIsA400() {
        given().urlEncodingEnabled(false)
                .get("/ledger/a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("invalid-value"))
                .body("detail", containsString("U+0000"))
                .body("detail", not(containsString("SQL")));
    }
}
