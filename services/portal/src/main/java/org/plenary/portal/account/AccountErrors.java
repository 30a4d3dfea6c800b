package org.plenary.portal.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.portal.web.Reader;

/**
 * A refusal of the account pages that belongs to no form (not a member, not the secretariat) as a page in the
 * reader's language, with its status; Keycloak failing or away is the portal's 503 page.
 */
public class AccountErrors {

    private static final Logger LOG = Logger.getLogger(AccountErrors.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String message);

        static native TemplateInstance unavailable();
    }

    private final Reader reader;

    public AccountErrors(Reader reader) {
        this.reader = reader;
    }

    @ServerExceptionMapper
    public Response refused(AccountRefusal refusal) {
        AccountMessages msg = AccountText.messages(reader);
        String message = refusal.problems().values().stream()
                .map(p -> AccountText.say(msg, p))
                .findFirst()
                .orElse(msg.refused_title());
        return page(refusal.status(), Templates.refused(message));
    }

    @ServerExceptionMapper
    public Response keycloak(KeycloakRefusal refusal) {
        LOG.warnf("Keycloak's Admin REST API refused a call of the account pages: %s", refusal.getMessage());
        return page(refusal.status() == 404 ? 404 : 503, Templates.unavailable());
    }

    private Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(reader.render(page).render())
                .build();
    }
}
