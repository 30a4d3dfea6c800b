package org.plenary.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.platform.problem.RuleViolation;

/** The authenticated caller of the current request, read from its verified JWT. */
@RequestScoped
public class Caller {

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

    /** The caller's organisation, for an organisation focal point. */
    public Optional<String> organisationId() {
        return isOrganisation()
                ? Optional.ofNullable(token().<Object>getClaim(Roles.ORGANISATION_CLAIM))
                        .map(Object::toString)
                : Optional.empty();
    }

    /** The caller's organisation, or a 403 naming the missing claim. */
    public String requireOrganisationId() {
        return organisationId()
                .orElseThrow(() -> RuleViolation.forbidden(
                        "organisation-claim-required",
                        "Only an organisation focal point whose token names its organisation (claim "
                                + Roles.ORGANISATION_CLAIM + ") may do this."));
    }

    /** The caller's country, for a state focal point. */
    public Optional<String> stateCode() {
        return isState()
                ? Optional.ofNullable(token().<Object>getClaim(Roles.STATE_CLAIM))
                        .map(Object::toString)
                : Optional.empty();
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
