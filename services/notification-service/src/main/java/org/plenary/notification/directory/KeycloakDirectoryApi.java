package org.plenary.notification.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The three reads of Keycloak's Admin REST API the service makes, on the realm's admin path
 * ({@code quarkus.rest-client.keycloak-directory.url}), with the service's own service-account token (client
 * credentials of {@code plenary-notification}, whose only roles are {@code view-organizations} and
 * {@code view-users} of {@code realm-management}).
 */
@RegisterRestClient(configKey = "keycloak-directory")
@OidcClientFilter
public interface KeycloakDirectoryApi {

    /** Organizations whose name, alias or domain contains {@code search}. */
    @GET
    @Path("/organizations")
    List<Organization> organizations(
            @QueryParam("search") String search,
            @QueryParam("first") int first,
            @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/organizations/{id}/members")
    List<Person> members(
            @PathParam("id") String organizationId,
            @QueryParam("first") int first,
            @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    /** Users, with their attributes ({@code briefRepresentation=false}). */
    @GET
    @Path("/users")
    List<Person> users(
            @QueryParam("first") int first,
            @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String alias, boolean enabled) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String email, boolean enabled, Map<String, List<String>> attributes) {

        /** The first value of an attribute, or null. */
        String attribute(String name) {
            if (attributes == null
                    || attributes.get(name) == null
                    || attributes.get(name).isEmpty()) {
                return null;
            }
            String value = attributes.get(name).get(0);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
