package org.plenary.portal.account;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.plenary.portal.account.KeycloakViews.Member;
import org.plenary.portal.account.KeycloakViews.NewOrganization;
import org.plenary.portal.account.KeycloakViews.Organization;
import org.plenary.portal.account.KeycloakViews.User;
import org.plenary.portal.account.KeycloakViews.UserEnabled;

/**
 * The few calls of Keycloak's Admin REST API the account pages make, on the realm's admin path
 * ({@code quarkus.rest-client.keycloak-admin.url}, e.g. {@code http://localhost:8180/admin/realms/plenary}), each
 * with the portal's own service-account token (client credentials of {@code plenary-portal}, never the user's).
 * The service account holds only {@code manage-organizations}, {@code view-organizations}, {@code view-users} and
 * {@code manage-users} of {@code realm-management}.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@RegisterProvider(KeycloakRefusalMapper.class)
public interface KeycloakAdmin {

    /** 201 with the new organization's address in {@code Location}; 409 if its name or alias is taken. */
    @POST
    @Path("/organizations")
    Response createOrganization(NewOrganization organization);

    @GET
    @Path("/organizations/{id}")
    Organization organization(@PathParam("id") String id);

    @DELETE
    @Path("/organizations/{id}")
    void deleteOrganization(@PathParam("id") String id);

    /** The body is the user's id as a JSON string. */
    @POST
    @Path("/organizations/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    void addMember(@PathParam("id") String organizationId, String userIdAsJson);

    @GET
    @Path("/organizations/{id}/members")
    List<Member> members(
            @PathParam("id") String organizationId, @QueryParam("first") int first, @QueryParam("max") int max);

    @DELETE
    @Path("/organizations/{id}/members/{userId}")
    void removeMember(@PathParam("id") String organizationId, @PathParam("userId") String userId);

    /** Keycloak's invitation by e-mail: a link to register (or, for an existing account, to join). */
    @POST
    @Path("/organizations/{id}/members/invite-user")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    void inviteUser(
            @PathParam("id") String organizationId,
            @FormParam("email") String email,
            @FormParam("firstName") String firstName,
            @FormParam("lastName") String lastName);

    /** The organizations a user is a member of, as Keycloak has them now. */
    @GET
    @Path("/organizations/members/{userId}/organizations")
    List<Organization> organizationsOf(@PathParam("userId") String userId);

    @GET
    @Path("/users")
    List<User> users(
            @QueryParam("search") String search,
            @QueryParam("first") int first,
            @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/users/count")
    long userCount(@QueryParam("search") String search);

    @GET
    @Path("/users/{id}")
    User user(@PathParam("id") String id);

    /** Keycloak applies the fields given: here only {@code enabled}. */
    @PUT
    @Path("/users/{id}")
    void setEnabled(@PathParam("id") String id, UserEnabled enabled);
}
