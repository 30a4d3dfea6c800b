package org.plenary.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local Keycloak's Admin REST API for the realm {@code plenary} ({@code plenary.keycloak.url}, default
 * {@code http://localhost:8180}), as the bootstrap admin, whose password {@code deploy/local/plenary infra} writes to
 * {@code deploy/local/.run/keycloak-admin.password} of the checkout (found from the working directory upwards; or
 * {@code -Dplenary.keycloak.admin-password-file}): what tests set up in the identity provider and clean up.
 */
public final class KeycloakAdmin {

    public static final String URL = System.getProperty("plenary.keycloak.url", "http://localhost:8180");
    private static final String PASSWORD_FILE = "deploy/local/.run/keycloak-admin.password";

    private KeycloakAdmin() {}

    /** The bootstrap admin's password file of this checkout. */
    public static Path passwordFile() {
        String configured = System.getProperty("plenary.keycloak.admin-password-file");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PASSWORD_FILE))) {
                return dir.resolve(PASSWORD_FILE);
            }
        }
        throw new IllegalStateException("Keycloak's admin password is not in " + PASSWORD_FILE + " of this checkout:"
                + " run deploy/local/plenary infra, or set -Dplenary.keycloak.admin-password-file");
    }

    public static String adminToken() {
        String password;
        try {
            password = Files.readString(passwordFile()).trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + passwordFile(), e);
        }
        return given().baseUri(URL)
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
    public static RequestSpecification realm() {
        return given().baseUri(URL + "/admin/realms/plenary")
                .auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON);
    }

    /** Creates an enabled user with a verified address and these attributes; returns its id. */
    public static String createUser(String username, String email, Map<String, List<String>> attributes) {
        String location = realm().body(Map.of(
                        "username", username,
                        "email", email,
                        "emailVerified", true,
                        "enabled", true,
                        "firstName", "Test",
                        "lastName", username,
                        "attributes", attributes))
                .post("/users")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Creates an organization whose alias is the organisation's id; returns the organization's id. */
    public static String createOrganisation(String alias, String name) {
        String location = realm().body(Map.of(
                        "name",
                        name,
                        "alias",
                        alias,
                        "enabled",
                        true,
                        "domains",
                        List.of(Map.of("name", alias + ".example", "verified", false))))
                .post("/organizations")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static void addMember(String organizationId, String userId) {
        realm().body("\"" + userId + "\"")
                .post("/organizations/{id}/members", organizationId)
                .then()
                .statusCode(201);
    }

    public static void setEnabled(String userId, boolean enabled) {
        realm().body(Map.of("enabled", enabled))
                .put("/users/{id}", userId)
                .then()
                .statusCode(204);
    }

    public static void deleteUser(String userId) {
        realm().delete("/users/{id}", userId);
    }

    public static void deleteOrganisation(String organizationId) {
        realm().delete("/organizations/{id}", organizationId);
    }

    /** A user name no other test run uses. */
    public static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
