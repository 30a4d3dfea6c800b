package org.plenary.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Signed bearer tokens for each role, as the local token command issues them. */
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
