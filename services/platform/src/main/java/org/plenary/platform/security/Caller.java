package org.plenary.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.platform.problem.RuleViolation;

/** The authenticated caller of the current request, read from its verified JWT. */
@RequestScoped
public class Caller {

    /** The officially assigned ISO 3166-1 alpha-2 codes. */
    private static final Set<String> ASSIGNED_ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final CurrentIdentityAssociation identity;

    public Caller(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    /** The verified token, or null for an anonymous caller. */
    private JsonWebToken token() {
        SecurityIdentity current = identity.getIdentity();
        return current != null && current.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    public boolean isAuthenticated() {
        JsonWebToken token = token();
        return token != null && token.getRawToken() != null;
    }

    public boolean isSecretariat() {
        return hasRole(Roles.SECRETARIAT);
    }

    public boolean isOrganisation() {
        return hasRole(Roles.ORGANISATION);
    }

    public boolean isState() {
        return hasRole(Roles.STATE);
    }

    private boolean hasRole(String role) {
        return isAuthenticated() && token().getGroups().contains(role);
    }

    /**
     * The caller's organisation, for an organisation focal point: the organization Keycloak names (claim
     * {@value Roles#KEYCLOAK_ORGANIZATION_CLAIM}, its alias), else the claim {@value Roles#ORGANISATION_CLAIM}.
     * A token naming several organizations is refused: the client asks for one (scope
     * {@code organization:<alias>}).
     */
    public Optional<String> organisationId() {
        if (!isOrganisation()) {
            return Optional.empty();
        }
        List<String> organizations = aliases(token().getClaim(Roles.KEYCLOAK_ORGANIZATION_CLAIM));
        if (organizations.size() > 1) {
            throw RuleViolation.forbidden(
                    "one-organisation-per-token",
                    "The token names several organizations (" + String.join(", ", organizations)
                            + "); ask for a token for one of them (scope organization:<alias>).");
        }
        if (organizations.size() == 1) {
            return Optional.of(organizations.get(0));
        }
        return Optional.ofNullable(text(token().getClaim(Roles.ORGANISATION_CLAIM)));
    }

    /** The organization aliases of Keycloak's claim: a list of aliases, an object keyed by them, or one alias. */
    private static List<String> aliases(Object claim) {
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(Object::toString).toList();
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(Caller::text).filter(Objects::nonNull).toList();
        }
        String alias = text(claim);
        return alias == null ? List.of() : List.of(alias);
    }

    private static String text(Object value) {
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text;
    }

    /** The caller's organisation, or a 403 for a focal point whose token names none. */
    public String requireOrganisationId() {
        return organisationId()
                .orElseThrow(() -> RuleViolation.forbidden(
                        "organisation-claim-required",
                        "Only an organisation focal point whose token names its organisation may do this: a member of"
                                + " an organization in Keycloak (claim " + Roles.KEYCLOAK_ORGANIZATION_CLAIM
                                + ", or " + Roles.ORGANISATION_CLAIM + ")."));
    }

    /**
     * The caller's country, for a state focal point; a 403 if the claim is not an ISO 3166-1 alpha-2 code (the
     * officially assigned ones and the user-assigned AA, QM–QZ, XA–XZ and ZZ).
     */
    public Optional<String> stateCode() {
        if (!isState()) {
            return Optional.empty();
        }
        Optional<String> code = Optional.ofNullable(text(token().getClaim(Roles.STATE_CLAIM)));
        code.filter(c -> !isAlpha2(c)).ifPresent(c -> {
            throw RuleViolation.forbidden(
                    "state-claim-invalid",
                    "The token's claim " + Roles.STATE_CLAIM + " must be an ISO 3166-1 alpha-2 code such as AT, not "
                            + c + ".");
        });
        return code;
    }

    static boolean isAlpha2(String code) {
        if (!code.matches("[A-Z]{2}")) {
            return false;
        }
        return ASSIGNED_ALPHA2.contains(code)
                || code.equals("AA")
                || code.equals("ZZ")
                || (code.charAt(0) == 'Q' && code.charAt(1) >= 'M')
                || code.charAt(0) == 'X';
    }

    /** The caller's country, or a 403 naming the missing claim. */
    public String requireStateCode() {
        return stateCode()
                .orElseThrow(() -> RuleViolation.forbidden(
                        "state-claim-required",
                        "Only a state focal point whose token names its country (claim " + Roles.STATE_CLAIM
                                + ") may do this."));
    }

    /**
     * Refuses an organisation focal point that reaches for another organisation's record. The secretariat
     * passes.
     */
    public void requireOwnOrSecretariat(String organisationId) {
        if (isSecretariat()) {
            return;
        }
        if (!organisationId().map(organisationId::equals).orElse(false)) {
            throw RuleViolation.forbidden(
                    "own-organisation-only",
                    "An organisation focal point reaches only its own organisation's records.");
        }
    }

    /**
     * The organisation a list is limited to: for the secretariat the one asked for, if any; for an
     * organisation focal point its own, and a 403 if it asks for another's.
     */
    public String listScope(String requestedOrganisationId) {
        if (isSecretariat()) {
            return requestedOrganisationId;
        }
        String own = requireOrganisationId();
        if (requestedOrganisationId != null && !requestedOrganisationId.equals(own)) {
            throw RuleViolation.forbidden(
                    "own-organisation-only", "An organisation focal point lists only its own organisation's records.");
        }
        return own;
    }

    public Actor actor() {
        String role = isSecretariat()
                ? Roles.SECRETARIAT
                : isOrganisation() ? Roles.ORGANISATION : isState() ? Roles.STATE : "anonymous";
        return new Actor(role, isAuthenticated() ? token().getName() : "anonymous");
    }
}
