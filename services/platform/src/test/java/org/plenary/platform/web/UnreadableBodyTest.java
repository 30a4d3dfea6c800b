package org.plenary.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body that cannot be read is a 400 naming the field and the kind of value expected, in words: never a Java
 * type, a class name or a parser's source location.
 */
@QuarkusTest
class UnreadableBodyTest {

    private static ValidatableResponse send(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/echo/typed")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("unreadable-body"))
                .body(
                        "detail",
                        allOf(
                                not(containsString("org.")),
                                not(containsString("java.")),
                                not(containsString("$")),
                                not(containsString("`")),
                                not(containsString("Source"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"kind\":\"CHURCH\"}|kind: must be one of NGO, ACADEMIA",
                "{\"count\":\"many\"}|count: must be a whole number",
                "{\"count\":[1]}|count: must be a whole number",
                "{\"day\":\"26/01/2026\"}|day: must be a date (YYYY-MM-DD)",
                "{\"id\":\"not-a-uuid\"}|id: must be a UUID",
                "{\"names\":{\"a\":1}}|names: must be a list",
                "{\"flag\":\"perhaps\"}|flag: must be true or false",
                "{\"count\":13}|count: 13 is not allowed (a value)"
            })
    void eachWrongValueIsNamedWithWhatItMustBe(String body, String detail) {
        send(body).body("detail", equalTo(detail));
    }

    @Test
    void brokenJsonSaysSoWithoutTheParsersInternals() {
        send("{\"kind\": ").body("detail", containsString("end-of-input"));
        send("{").body("detail", equalTo("Unexpected end-of-input: expected close marker for Object"));
        send("{\"kind\" \"NGO\"}").body("detail", containsString("Unexpected character"));
    }
}
