package org.plenary.portal.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When Keycloak cannot be reached, a page that needs sign-in answers 503 with a page saying that sign-in is not
 * available (in the reader's language) instead of an error that names the OIDC library. The public pages never
 * reach this: they do not ask Keycloak anything.
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        if (!fromSignIn(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in is not available: %s", context.failure().getMessage());
        Cookie cookie = context.request().getCookie("lang");
        String lang = Reader.chooseLanguage(
                context.request().getParam("lang"),
                cookie == null ? null : cookie.getValue(),
                context.request().getHeader("Accept-Language"));
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        context.response()
                .setStatusCode(503)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .end(PlainPage.html(lang, msg.site_name(), msg.sign_in_unavailable(), null, msg.nav_home()));
    }

    private static boolean fromSignIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
