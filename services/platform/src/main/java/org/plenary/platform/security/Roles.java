package org.plenary.platform.security;

/** The roles a token's {@code groups} claim may carry, and the claims that go with them. */
public final class Roles {

    public static final String SECRETARIAT = "secretariat";
    public static final String ORGANISATION = "organisation";
    public static final String STATE = "state";

    /**
     * The claim naming an organisation focal point's organisation as Keycloak's organization membership mapper
     * writes it: the aliases of the member's organizations (a list, or an object keyed by alias).
     */
    public static final String KEYCLOAK_ORGANIZATION_CLAIM = "organization";
    /** The claim naming an organisation focal point's organisation, as a plain string. */
    public static final String ORGANISATION_CLAIM = "organisation_id";
    /** The claim naming a state focal point's country, ISO 3166-1 alpha-2. */
    public static final String STATE_CLAIM = "state";

    private Roles() {}
}
