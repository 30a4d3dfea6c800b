package org.plenary.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Set;

/**
 * Signed bearer tokens for each role, with the claims Keycloak's realm {@code plenary} gives them (issuer and
 * audience from the platform's configuration), signed by the test key of {@link JwtKeys}.
 */
public final class Tokens {

    private Tokens() {}

    public static String secretariat() {
        return Jwt.upn("officer@secretariat.test").groups(Set.of("secretariat")).sign();
    }

    public static String organisation(String organisationId) {
        return Jwt.upn("focal-point@" + organisationId + ".test")
                .groups(Set.of("organisation"))
                .claim("organisation_id", organisationId)
                .sign();
    }

    /**
     * A focal point's token as Keycloak issues it: the organization membership mapper's claim
     * {@code organization}, listing the aliases of the caller's organizations (none, one or several).
     */
    public static String memberOf(String... organizations) {
        return Jwt.upn("focal-point@keycloak.test")
                .groups(Set.of("organisation"))
                .claim("organization", List.of(organizations))
                .sign();
    }

    public static String state(String countryCode) {
        return Jwt.upn("mission@" + countryCode.toLowerCase() + ".test")
                .groups(Set.of("state"))
                .claim("state", countryCode)
                .sign();
    }

    /** A well-signed token with no Plenary role. */
    public static String noRole() {
        return Jwt.upn("someone@elsewhere.test").groups(Set.of("reader")).sign();
    }
}
