package org.plenary.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.plenary.portal.account.AccountRefusal.Problem;
import org.plenary.portal.account.KeycloakViews.Member;
import org.plenary.portal.account.KeycloakViews.NewOrganization;
import org.plenary.portal.account.KeycloakViews.Organization;

/**
 * Organisations run by their own people, kept in Keycloak (Organizations): a focal point of no organisation creates
 * one and becomes its member; a member invites a colleague by e-mail and removes one. Membership is what Keycloak
 * says now (not what an older token says), so a removed member can do nothing more here. Keycloak decides that a
 * name and an alias are unique; a taken one is refused and nothing is changed.
 */
@ApplicationScoped
public class OrganisationAccounts {

    private static final Logger LOG = Logger.getLogger(OrganisationAccounts.class);

    /** The organisation's id in Plenary (Keycloak's alias): lower-case letters, digits and single hyphens. */
    static final Pattern ALIAS = Pattern.compile("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What the focal point typed to create the organisation. */
    public record NewOrganisation(String name, String alias, String website, String description) {}

    /** What the focal point typed to invite a colleague. */
    public record Invitation(String email, String firstName, String lastName) {}

    private final KeycloakAdmin keycloak;

    public OrganisationAccounts(@RestClient KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    /** The organisation the user is a member of now, if any. */
    public Optional<Organization> organisationOf(String userId) {
        List<Organization> organisations = keycloak.organizationsOf(userId);
        return organisations.isEmpty() ? Optional.empty() : Optional.of(organisations.get(0));
    }

    public List<Member> members(Organization organisation) {
        return keycloak.members(organisation.id(), 0, 100);
    }

    /**
     * Creates the organisation in Keycloak and makes the user its member. A taken name or alias is refused (409)
     * next to its field; if the membership cannot be added, the new organisation is removed again.
     */
    public Organization create(String userId, NewOrganisation form, String redirectUrl) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (form.name().isBlank()) {
            problems.put("name", Problem.NAME_REQUIRED);
        }
        if (!ALIAS.matcher(form.alias()).matches()) {
            problems.put("alias", Problem.ALIAS_INVALID);
        }
        if (!form.website().isBlank() && !website(form.website())) {
            problems.put("website", Problem.WEBSITE_INVALID);
        }
        if (!problems.isEmpty()) {
            throw new AccountRefusal(400, problems);
        }
        if (organisationOf(userId).isPresent()) {
            throw AccountRefusal.of(409, "", Problem.ALREADY_IN_AN_ORGANISATION);
        }
        String id;
        try (Response created = keycloak.createOrganization(new NewOrganization(
                form.name(),
                form.alias(),
                true,
                form.description().isBlank() ? null : form.description(),
                redirectUrl,
                form.website().isBlank() ? null : Map.of("website", List.of(form.website()))))) {
            URI location = created.getLocation();
            id = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        } catch (KeycloakRefusal refusal) {
            if (refusal.conflict()) {
                String said = refusal.keycloakMessage().toLowerCase(Locale.ROOT);
                throw said.contains("alias")
                        ? AccountRefusal.of(409, "alias", Problem.ALIAS_TAKEN)
                        : AccountRefusal.of(409, "name", Problem.NAME_TAKEN);
            }
            if (refusal.status() == 400) {
                LOG.infof("Keycloak refused the organisation %s: %s", form.alias(), refusal.keycloakMessage());
                throw AccountRefusal.of(400, "alias", Problem.ALIAS_INVALID);
            }
            throw refusal;
        }
        try {
            keycloak.addMember(id, "\"" + userId + "\"");
        } catch (RuntimeException e) {
            LOG.warnf("Could not make %s a member of the new organisation %s; removing it again", userId, id);
            keycloak.deleteOrganization(id);
            throw e;
        }
        LOG.infof("Organisation %s (%s) created by its focal point %s", form.alias(), id, userId);
        return keycloak.organization(id);
    }

    /** Keycloak sends the colleague a link to register (or, with an account already, to join). */
    public void invite(String userId, Invitation invitation) {
        Organization organisation = membership(userId);
        if (!EMAIL.matcher(invitation.email()).matches()) {
            throw AccountRefusal.of(400, "email", Problem.EMAIL_INVALID);
        }
        boolean member =
                members(organisation).stream().anyMatch(m -> invitation.email().equalsIgnoreCase(m.email()));
        if (member) {
            throw AccountRefusal.of(409, "email", Problem.ALREADY_A_MEMBER);
        }
        try {
            keycloak.inviteUser(
                    organisation.id(),
                    invitation.email(),
                    blankToNull(invitation.firstName()),
                    blankToNull(invitation.lastName()));
        } catch (KeycloakRefusal refusal) {
            if (refusal.status() == 409) {
                throw AccountRefusal.of(409, "email", Problem.ALREADY_A_MEMBER);
            }
            if (refusal.status() == 400) {
                LOG.infof("Keycloak refused the invitation: %s", refusal.keycloakMessage());
                throw AccountRefusal.of(400, "email", Problem.EMAIL_INVALID);
            }
            throw refusal;
        }
        LOG.infof("%s invited %s to %s", userId, invitation.email(), organisation.alias());
    }

    /** Removes a member (not oneself) from the user's own organisation; the account stays. */
    public Member remove(String userId, String memberId) {
        Organization organisation = membership(userId);
        if (memberId.equals(userId)) {
            throw AccountRefusal.of(409, "", Problem.CANNOT_REMOVE_YOURSELF);
        }
        Member member = members(organisation).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> AccountRefusal.of(404, "", Problem.NO_SUCH_MEMBER));
        keycloak.removeMember(organisation.id(), memberId);
        LOG.infof("%s removed %s from %s", userId, memberId, organisation.alias());
        return member;
    }

    /** The user's organisation, or a refusal: only its members may invite and remove. */
    public Organization membership(String userId) {
        return organisationOf(userId).orElseThrow(() -> AccountRefusal.of(403, "", Problem.NOT_A_MEMBER));
    }

    private static boolean website(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
