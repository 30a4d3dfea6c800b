package org.plenary.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * The local Keycloak's Admin REST API for the realm {@code plenary}, as the bootstrap admin
 * ({@link org.plenary.testing.KeycloakAdmin}), for what the end-to-end tests set up and clean up.
 */
final class KeycloakAdminApi {

    private KeycloakAdminApi() {}

    static String adminToken() {
        return org.plenary.testing.KeycloakAdmin.adminToken();
    }

    /** A request to {@code /admin/realms/plenary...} as the admin. */
    static RequestSpecification realm() {
        return org.plenary.testing.KeycloakAdmin.realm();
    }

    /** The id of the user with this user name, or null. */
    static String userId(String username) {
        java.util.List<String> ids = realm().queryParam("username", username)
                .queryParam("exact", true)
                .get("/users")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    static void deleteUser(String username) {
        String id = userId(username);
        if (id != null) {
            realm().delete("/users/{id}", id);
        }
    }

    /** The organization with this alias, as the admin API shows it, or null. */
    static java.util.Map<String, Object> organisation(String alias) {
        java.util.List<java.util.Map<String, Object>> found = realm().queryParam("first", 0)
                .queryParam("max", 1000)
                .queryParam("briefRepresentation", false)
                .get("/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.alias == '" + alias + "' }");
        return found.isEmpty() ? null : found.get(0);
    }

    static void deleteOrganisation(String alias) {
        java.util.Map<String, Object> organisation = organisation(alias);
        if (organisation != null) {
            realm().delete("/organizations/{id}", organisation.get("id"));
        }
    }

    /** A fresh access token for a user (password grant on the test-only client {@code plenary-cli}). */
    static String passwordGrant(String username, String password) {
        return given().baseUri(KeycloakTokens.ISSUER)
                .formParam("grant_type", "password")
                .formParam("client_id", "plenary-cli")
                .formParam("scope", "openid organization")
                .formParam("username", username)
                .formParam("password", password)
                .post("/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Claims of a token, decoded (not verified: the services verify). */
    static io.restassured.path.json.JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return new io.restassured.path.json.JsonPath(
                new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
    }
}
