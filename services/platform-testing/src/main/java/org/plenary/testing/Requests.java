package org.plenary.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** A request to the service under test, made with a caller's bearer token (see {@link Tokens}). */
public final class Requests {

    private Requests() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
