package org.plenary.portal.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.web.Reader;

/**
 * Signing up is Keycloak's: {@code /signup} sends the reader to the realm's registration page (self-registration
 * with e-mail verification), which comes back to {@code /signed-up}, a public page that leads on to the
 * organisation (where the portal signs the new user in, Keycloak's session already being there).
 */
@Path("/")
public class SignUpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedUp();
    }

    private final Reader reader;
    private final String authServer;
    private final String clientId;

    public SignUpPages(
            Reader reader,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServer,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.reader = reader;
        this.authServer = authServer;
        this.clientId = clientId;
    }

    @GET
    @Path("/signup")
    public RestResponse<Void> signUp(UriInfo uri) {
        URI back = uri.getBaseUriBuilder().path("signed-up").build();
        URI registration = UriBuilder.fromUri(authServer)
                .path("protocol/openid-connect/registrations")
                .queryParam("client_id", clientId)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("ui_locales", reader.lang())
                .queryParam("redirect_uri", back.toString())
                .build();
        return RestResponse.seeOther(registration);
    }

    @GET
    @Path("/signed-up")
    public TemplateInstance signedUp() {
        return reader.render(Templates.signedUp());
    }
}
