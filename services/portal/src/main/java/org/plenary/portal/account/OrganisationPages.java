package org.plenary.portal.account;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.account.AccountRefusal.Problem;
import org.plenary.portal.account.KeycloakViews.Member;
import org.plenary.portal.account.KeycloakViews.Organization;
import org.plenary.portal.account.OrganisationAccounts.Invitation;
import org.plenary.portal.account.OrganisationAccounts.NewOrganisation;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/**
 * The focal point's organisation, kept in Keycloak: a focal point of none creates it (and, signed in again, their
 * token names it); a member sees its focal points, invites a colleague and removes one.
 */
@Path("/me/organisation")
public class OrganisationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(String user, NewOrganisation form, FormErrors errors);

        static native TemplateInstance organisation(
                Organization organisation,
                List<Member> members,
                String me,
                Invitation invitation,
                FormErrors errors,
                String notice);

        static native TemplateInstance secretariat();
    }

    private static final NewOrganisation EMPTY = new NewOrganisation("", "", "", "");
    private static final Invitation NO_INVITATION = new Invitation("", "", "");

    private final OrganisationAccounts organisations;
    private final Reader reader;
    private final SecurityIdentity identity;
    private final OidcSession session;

    public OrganisationPages(
            OrganisationAccounts organisations, Reader reader, SecurityIdentity identity, OidcSession session) {
        this.organisations = organisations;
        this.reader = reader;
        this.identity = identity;
        this.session = session;
    }

    @GET
    public TemplateInstance page(@QueryParam("created") String created) {
        String me = AccountText.userId(identity);
        Optional<Organization> organisation = organisations.organisationOf(me);
        if (organisation.isPresent()) {
            String notice = created != null ? AccountText.messages(reader).created() : null;
            return organisationPage(organisation.get(), NO_INVITATION, FormErrors.none(), notice);
        }
        if (identity.hasRole("secretariat")) {
            return reader.render(Templates.secretariat());
        }
        requireOrganisationRole();
        return reader.render(Templates.create(identity.getPrincipal().getName(), EMPTY, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> create(
            UriInfo uri,
            @FormParam("name") String name,
            @FormParam("alias") String alias,
            @FormParam("website") String website,
            @FormParam("description") String description) {
        requireOrganisationRole();
        NewOrganisation form = new NewOrganisation(trim(name), trim(alias), trim(website), trim(description));
        try {
            String signedUp = uri.getBaseUriBuilder().path("signed-up").build().toString();
            organisations.create(AccountText.userId(identity), form, signedUp);
        } catch (AccountRefusal refusal) {
            FormErrors errors = AccountText.errors(
                    AccountText.messages(reader), refusal, "name", "alias", "website", "description");
            return RestResponse.status(
                    RestResponse.Status.fromStatusCode(refusal.status()),
                    reader.render(Templates.create(identity.getPrincipal().getName(), form, errors)));
        }
        // The user's tokens do not name the new organisation yet: sign in again (Keycloak's session is still
        // there, so no password is asked) for tokens that do.
        return RestResponse.seeOther(URI.create("/me/organisation/refresh"));
    }

    /** Ends the portal's own session (not Keycloak's) and comes back: the new tokens name the organisation. */
    @GET
    @Path("/refresh")
    public RestResponse<Void> refresh() {
        session.logout().await().indefinitely();
        return RestResponse.seeOther(URI.create("/me/organisation?created"));
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> invite(
            @FormParam("email") String email,
            @FormParam("firstName") String firstName,
            @FormParam("lastName") String lastName) {
        String me = AccountText.userId(identity);
        Invitation invitation = new Invitation(trim(email), trim(firstName), trim(lastName));
        Organization organisation = organisations.membership(me);
        try {
            organisations.invite(me, invitation);
        } catch (AccountRefusal refusal) {
            FormErrors errors = AccountText.errors(AccountText.messages(reader), refusal, "email");
            return RestResponse.status(
                    RestResponse.Status.fromStatusCode(refusal.status()),
                    organisationPage(organisation, invitation, errors, null));
        }
        return RestResponse.ok(organisationPage(
                organisation,
                NO_INVITATION,
                FormErrors.none(),
                AccountText.messages(reader).invited(invitation.email())));
    }

    @POST
    @Path("/members/{memberId}/removal")
    public TemplateInstance remove(@PathParam("memberId") String memberId) {
        String me = AccountText.userId(identity);
        Organization organisation = organisations.membership(me);
        Member removed = organisations.remove(me, memberId);
        return organisationPage(
                organisation,
                NO_INVITATION,
                FormErrors.none(),
                removed.managed()
                        ? AccountText.messages(reader).removed_and_deleted(removed.displayName())
                        : AccountText.messages(reader).removed(removed.displayName()));
    }

    private TemplateInstance organisationPage(
            Organization organisation, Invitation invitation, FormErrors errors, String notice) {
        return reader.render(Templates.organisation(
                organisation,
                organisations.members(organisation),
                AccountText.userId(identity),
                invitation,
                errors,
                notice));
    }

    private void requireOrganisationRole() {
        if (!identity.hasRole("organisation")) {
            throw AccountRefusal.of(403, "", Problem.NOT_AN_ORGANISATION_FOCAL_POINT);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
