package org.plenary.portal.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.account.KeycloakViews.Organization;
import org.plenary.portal.account.KeycloakViews.User;
import org.plenary.portal.account.KeycloakViews.UserEnabled;
import org.plenary.portal.page.Paging;
import org.plenary.portal.web.Links;
import org.plenary.portal.web.Reader;

/**
 * The secretariat's view of the accounts: the realm's users, 20 a page, searched, each with its organisation
 * (Keycloak's membership), and a button that disables or enables one. Only the secretariat sees it.
 */
@Path("/me/accounts")
public class AccountsPage {

    private static final Logger LOG = Logger.getLogger(AccountsPage.class);
    static final int PAGE_SIZE = 20;

    /** A user as the list shows it. */
    public record Account(User user, String organisation) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(String q, List<Account> accounts, long total, Paging paging);
    }

    private final KeycloakAdmin keycloak;
    private final Reader reader;
    private final SecurityIdentity identity;

    public AccountsPage(@RestClient KeycloakAdmin keycloak, Reader reader, SecurityIdentity identity) {
        this.keycloak = keycloak;
        this.reader = reader;
        this.identity = identity;
    }

    @GET
    public TemplateInstance accounts(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("1") int page) {
        requireSecretariat();
        String search = q == null || q.isBlank() ? null : q.trim();
        // Keycloak searches by prefix; *text* finds the text anywhere in the user name, e-mail or name.
        String keycloakSearch = search == null ? null : "*" + search + "*";
        int current = Math.max(1, page);
        List<Account> accounts = keycloak.users(keycloakSearch, (current - 1) * PAGE_SIZE, PAGE_SIZE, false).stream()
                .map(user -> new Account(user, organisationOf(user)))
                .toList();
        long total = keycloak.userCount(keycloakSearch);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", search);
        return reader.render(Templates.accounts(
                search == null ? "" : search,
                accounts,
                total,
                Paging.of("/me/accounts", query, current, PAGE_SIZE, total)));
    }

    @POST
    @Path("/{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<Void> setEnabled(
            @PathParam("id") String id,
            @FormParam("enabled") boolean enabled,
            @FormParam("q") String q,
            @FormParam("page") String page) {
        requireSecretariat();
        keycloak.user(id);
        keycloak.setEnabled(id, new UserEnabled(enabled));
        LOG.infof("%s %s the account %s", identity.getPrincipal().getName(), enabled ? "enabled" : "disabled", id);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("page", page);
        return RestResponse.seeOther(URI.create(Links.withQuery("/me/accounts", query) + "#account-" + id));
    }

    private String organisationOf(User user) {
        List<Organization> organisations = keycloak.organizationsOf(user.id());
        return organisations.isEmpty()
                ? null
                : String.join(
                        ", ",
                        organisations.stream()
                                .map(o -> o.name() + " (" + o.alias() + ")")
                                .toList());
    }

    private void requireSecretariat() {
        if (!identity.hasRole("secretariat")) {
            throw AccountRefusal.of(403, "", AccountRefusal.Problem.SECRETARIAT_ONLY);
        }
    }
}
