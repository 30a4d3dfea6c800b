package org.plenary.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Requests;
import org.plenary.testing.Tokens;

/**
 * The services accept only tokens of their issuer, for their audience, signed by its key, unexpired and not too
 * old; anything else is a 401 problem. {@link Caller} reads the organisation from Keycloak's organization claim
 * and refuses a state claim that is no ISO 3166-1 alpha-2 code.
 */
@QuarkusTest
class TokenVerificationTest {

    private static JwtClaimsBuilder secretariat() {
        return Jwt.upn("officer@secretariat.test").groups(Set.of(Roles.SECRETARIAT));
    }

    private static ValidatableResponse get(String token, String path) {
        return Requests.as(token).get("/caller-probe/" + path).then();
    }

    private static void refusedAsUnauthenticated(String token) {
        get(token, "secretariat")
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("rule", equalTo("authentication-required"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aTokenOfTheIssuerForTheAudienceIsAccepted() {
        get(secretariat().sign(), "secretariat").statusCode(200).body(equalTo("officer@secretariat.test"));
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        refusedAsUnauthenticated(
                secretariat().issuer("http://localhost:8180/realms/other").sign());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedAsUnauthenticated(secretariat().audience("account").sign());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant now = Instant.now();
        refusedAsUnauthenticated(secretariat()
                .issuedAt(now.minus(Duration.ofMinutes(20)))
                .expiresAt(now.minus(Duration.ofMinutes(10)))
                .sign());
    }

    @Test
    void aTokenIssuedMoreThanAnHourAgoIsRefusedEvenUnexpired() {
        Instant now = Instant.now();
        refusedAsUnauthenticated(secretariat()
                .issuedAt(now.minus(Duration.ofMinutes(70)))
                .expiresAt(now.plus(Duration.ofMinutes(10)))
                .sign());
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] parts = Tokens.organisation("hrw").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = claims.replace("\"organisation\"", "\"secretariat\"");
        refusedAsUnauthenticated(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refusedAsUnauthenticated(secretariat().sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void theOrganisationIsTheOneKeycloaksOrganizationClaimNames() {
        get(Tokens.memberOf("article19"), "organisation").statusCode(200).body(equalTo("article19"));
        String withIds = Jwt.upn("focal-point@article19.test")
                .groups(Set.of(Roles.ORGANISATION))
                .claim("organization", Map.of("article19", Map.of("id", "4f1c")))
                .sign();
        get(withIds, "organisation").statusCode(200).body(equalTo("article19"));
        get(Tokens.organisation("hrw"), "organisation").statusCode(200).body(equalTo("hrw"));
    }

    @Test
    void aFocalPointOfNoOrganisationIsRefusedNamingTheRule() {
        get(Tokens.memberOf(), "organisation")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("rule", equalTo("organisation-claim-required"));
    }

    @Test
    void aTokenNamingSeveralOrganisationsIsRefusedNamingTheRule() {
        get(Tokens.memberOf("hrw", "eff"), "organisation")
                .statusCode(403)
                .body("rule", equalTo("one-organisation-per-token"));
    }

    @Test
    void aStateClaimThatIsNoAlpha2CodeIsRefusedNamingTheRule() {
        for (String code : List.of("AUT", "at", "UK")) {
            get(Tokens.state(code), "state")
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("state-claim-invalid"));
        }
    }

    @Test
    void aStateClaimMayBeAnAssignedOrAUserAssignedCode() {
        get(Tokens.state("AT"), "state").statusCode(200).body(equalTo("AT"));
        get(Tokens.state("XA"), "state").statusCode(200).body(equalTo("XA"));
    }
}
