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
        String dir = "ar".equals(lang) ? "rtl" : "ltr";
        context.response()
                .setStatusCode(503)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .end("<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + dir + "\">\n<head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + escape(msg.site_name())
                        + "</title><link rel=\"stylesheet\" href=\"/portal.css\"></head>\n"
                        + "<body><main id=\"main\"><h1>" + escape(msg.sign_in_unavailable()) + "</h1>"
                        + "<p><a href=\"/\">" + escape(msg.nav_home()) + "</a></p></main></body>\n</html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
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
