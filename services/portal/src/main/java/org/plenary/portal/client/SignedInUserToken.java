package org.plenary.portal.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the signed-in user's access token with every call to a service, so that the service decides what this
 * user may read and do. Anonymous readers' calls carry no token.
 */
@ApplicationScoped
public class SignedInUserToken implements ClientHeadersFactory {

    private final CurrentIdentityAssociation identity;

    public SignedInUserToken(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        SecurityIdentity current = identity.getIdentity();
        if (current != null && !current.isAnonymous()) {
            AccessTokenCredential token = current.getCredential(AccessTokenCredential.class);
            if (token != null) {
                headers.putSingle("Authorization", "Bearer " + token.getToken());
            }
        }
        return headers;
    }
}
