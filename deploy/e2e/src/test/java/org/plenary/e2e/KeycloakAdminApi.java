package org.plenary.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local Keycloak's Admin REST API for the realm {@code plenary}, as the bootstrap admin (password from
 * {@code plenary.keycloak.admin-password-file}, default {@code deploy/local/.run/keycloak-admin.password} of the
 * checkout, written by {@code deploy/local/plenary infra}), for what the tests set up and clean up.
 */
final class KeycloakAdminApi {

    private KeycloakAdminApi() {}

    static String adminToken() {
        Path file = Path.of(System.getProperty(
                "plenary.keycloak.admin-password-file",
                Browser.ROOT
                        .resolve("deploy/local/.run/keycloak-admin.password")
                        .toString()));
        String password;
        try {
            password = Files.readString(file).trim();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak's admin password is not in " + file
                            + ": run deploy/local/plenary infra, or set -Dplenary.keycloak.admin-password-file",
                    e);
        }
        return given().baseUri(KeycloakTokens.URL)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", password)
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A request to {@code /admin/realms/plenary...} as the admin. */
    static RequestSpecification realm() {
        return given().baseUri(KeycloakTokens.URL + "/admin/realms/plenary")
                .auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON);
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
