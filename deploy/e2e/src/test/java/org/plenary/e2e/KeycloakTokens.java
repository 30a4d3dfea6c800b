package org.plenary.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens from the local Keycloak (realm {@code plenary}, started by {@code deploy/local/plenary infra}): a
 * password grant on the test-only client {@code plenary-cli} for the demo users of
 * {@code deploy/keycloak/plenary-realm.json}, each kept until a minute before it expires.
 */
final class KeycloakTokens {

    static final String URL = System.getProperty("plenary.keycloak.url", "http://localhost:8180");
    static final String ISSUER = URL + "/realms/plenary";
    static final String JWKS = ISSUER + "/protocol/openid-connect/certs";
    /** The demo users' password: it exists only in the local realm file. */
    private static final String DEMO_PASSWORD = "plenary-local-only";

    private record Issued(String token, Instant renewAt) {}

    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private KeycloakTokens() {}

    static String secretariat() {
        return forUser("officer");
    }

    static String organisation(String organisationId) {
        return forUser("focal-point." + organisationId);
    }

    static String state(String countryCode) {
        return forUser("mission." + countryCode.toLowerCase(Locale.ROOT));
    }

    static String forUser(String username) {
        return ISSUED.compute(
                        username,
                        (user, issued) ->
                                issued != null && Instant.now().isBefore(issued.renewAt()) ? issued : signIn(user))
                .token();
    }

    private static Issued signIn(String username) {
        JsonPath response = given().baseUri(ISSUER)
                .formParam("grant_type", "password")
                .formParam("client_id", "plenary-cli")
                .formParam("scope", "openid organization")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Duration lifetime = Duration.ofSeconds(response.getLong("expires_in"));
        return new Issued(
                response.getString("access_token"), Instant.now().plus(lifetime).minusSeconds(60));
    }
}
