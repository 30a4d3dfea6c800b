package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's signing key rotated while a service runs: a new RSA key provider of higher priority is added to the
 * realm through the Admin REST API, a token signed by its key (a new {@code kid}) is accepted by the running service
 * once it has fetched the realm's JWKS again (it does so for an unknown kid, at most once a minute), with no restart.
 * Then the added provider is removed, so the realm's keys are as they were (other tests see the same realm), and a
 * token signed by the removed key is refused once the service has fetched the set again.
 */
class KeyRotationIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PROVIDER = "e2e-rotation-" + RUN;
    private static ServiceProcess accreditation;
    private static String addedProvider;

    @BeforeAll
    static void startAService() throws IOException {
        accreditation = new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation").start(true);
    }

    @AfterAll
    static void restoreTheKeysAndStop() throws InterruptedException {
        if (addedProvider != null) {
            KeycloakAdminApi.realm().delete("/components/{id}", addedProvider);
        }
        if (accreditation != null) {
            accreditation.close();
        }
    }

    /** A fresh token of the demo officer (never a cached one: the key that signs it is what is tested). */
    private static String freshSecretariatToken() {
        return KeycloakAdminApi.passwordGrant("officer", "plenary-local-only");
    }

    private static String kid(String token) {
        String header = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]),
                java.nio.charset.StandardCharsets.UTF_8);
        return new io.restassured.path.json.JsonPath(header).getString("kid");
    }

    private static int answer(String token) {
        return given().baseUri(accreditation.url())
                .auth()
                .oauth2(token)
                .get("/applications")
                .statusCode();
    }

    /** The realm's active RS256 key ids, as its key list shows them. */
    private static List<Map<String, Object>> keys() {
        return KeycloakAdminApi.realm()
                .get("/keys")
                .then()
                .statusCode(200)
                .extract()
                .path("keys.findAll { it.algorithm == 'RS256' }");
    }

    /** A token that names a key nobody has: refused, and it makes the service fetch the JWKS again (at most once a minute). */
    private static String tokenWithAnUnknownKid() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.issuer(KeycloakTokens.ISSUER)
                .audience("plenary-api")
                .subject("nobody")
                .groups("secretariat")
                .jws()
                .keyId("unknown-" + RUN)
                .sign(generator.generateKeyPair().getPrivate());
    }

    @Test
    void aNewKeyIsAcceptedWithoutARestartAndARemovedOneIsRefused() throws Exception {
        String before = freshSecretariatToken();
        String originalKid = kid(before);
        assertThat(answer(before)).isEqualTo(200);

        String realmId = KeycloakAdminApi.realm()
                .get("")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        int highest = keys().stream()
                .mapToInt(k -> ((Number) k.get("providerPriority")).intValue())
                .max()
                .orElse(100);
        var created = KeycloakAdminApi.realm()
                .body(Map.of(
                        "name",
                        PROVIDER,
                        "providerId",
                        "rsa-generated",
                        "providerType",
                        "org.keycloak.keys.KeyProvider",
                        "parentId",
                        realmId,
                        "config",
                        Map.of(
                                "priority", List.of(String.valueOf(highest + 10)),
                                "enabled", List.of("true"),
                                "active", List.of("true"),
                                "algorithm", List.of("RS256"),
                                "keySize", List.of("2048"))))
                .post("/components")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        addedProvider = created.substring(created.lastIndexOf('/') + 1);
        String newKid = keys().stream()
                .filter(k -> addedProvider.equals(k.get("providerId")))
                .map(k -> (String) k.get("kid"))
                .findFirst()
                .orElseThrow();

        String rotated = freshSecretariatToken();
        assertThat(kid(rotated)).isEqualTo(newKid).isNotEqualTo(originalKid);
        Awaitility.await("the running service accepts a token signed by the new key")
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> answer(rotated) == 200);

        // Restore the realm's keys as they were: the added provider goes, the original key signs again.
        KeycloakAdminApi.realm()
                .delete("/components/{id}", addedProvider)
                .then()
                .statusCode(204);
        addedProvider = null;
        assertThat(keys()).noneMatch(k -> newKid.equals(k.get("kid")));
        assertThat(kid(freshSecretariatToken())).isEqualTo(originalKid);

        // The service still holds the removed key until it fetches the set again: at the latest after its
        // refresh interval, or at once (at most once a minute) when a token names a key it does not know.
        String unknown = tokenWithAnUnknownKid();
        Awaitility.await("a token signed by the removed key is refused")
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    assertThat(answer(unknown)).isEqualTo(401);
                    return answer(rotated) == 401;
                });
        assertThat(answer(freshSecretariatToken())).isEqualTo(200);
    }
}
