package org.plenary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.plenary.portal.client.SignedInUserToken;

/** The signed-in user's access token goes with every call to a service; an anonymous reader's calls carry none. */
class SignedInUserTokenTest {

    private static CurrentIdentityAssociation of(SecurityIdentity identity) {
        return new CurrentIdentityAssociation() {
            @Override
            public void setIdentity(SecurityIdentity identity) {}

            @Override
            public void setIdentity(Uni<SecurityIdentity> identity) {}

            @Override
            public Uni<SecurityIdentity> getDeferredIdentity() {
                return Uni.createFrom().item(identity);
            }

            @Override
            public SecurityIdentity getIdentity() {
                return identity;
            }
        };
    }

    @Test
    void theSignedInUsersAccessTokenIsTheBearer() {
        SecurityIdentity user = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("focal-point@hrw.test"))
                .addCredential(new AccessTokenCredential("the-access-token"))
                .build();
        assertThat(new SignedInUserToken(of(user))
                        .update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>())
                        .getFirst("Authorization"))
                .isEqualTo("Bearer the-access-token");
    }

    @Test
    void anAnonymousReaderSendsNoToken() {
        SecurityIdentity anonymous =
                QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        assertThat(new SignedInUserToken(of(anonymous))
                        .update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>())
                        .containsKey("Authorization"))
                .isFalse();
    }
}
