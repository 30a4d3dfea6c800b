package org.plenary.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests that the portal cannot read get a page that says so, in the reader's language, at once:
 *
 * <ul>
 *   <li>A form body ({@code application/x-www-form-urlencoded}) that is not well-formed percent-encoding of UTF-8
 *       text ({@code name=%zz}, a {@code %} at the end, {@code %C3%28}) is a 400. Quarkus REST's own form parser,
 *       given such a body, fails on the event loop and never answers; so the body is read and checked here, and a
 *       well-formed one is handed on already read.
 *   <li>A form body over {@code quarkus.http.limits.max-body-size} is a 413.
 *   <li>A request line (method, address and version) over {@code plenary.portal.max-request-line} characters is a
 *       414 with a page. The HTTP layer itself refuses a line over {@code quarkus.http.limits.max-initial-line-length}
 *       (set above this limit) with a bare 414 before any of the portal's code runs: Vert.x answers it with the
 *       server's invalid-request handler, which Quarkus does not let an application replace.
 * </ul>
 */
@ApplicationScoped
public class RequestChecks {

    /** Before Quarkus' own body-size route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -4;

    private static final String FORM = "application/x-www-form-urlencoded";

    private final long bodyLimit;
    private final int requestLineLimit;

    public RequestChecks(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize bodyLimit,
            @ConfigProperty(name = "plenary.portal.max-request-line", defaultValue = "4096") int requestLineLimit) {
        this.bodyLimit = bodyLimit.asLongValue();
        this.requestLineLimit = requestLineLimit;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + 1 + request.uri().length() + " HTTP/1.1".length();
        if (line > requestLineLimit) {
            answer(context, 414, m -> m.uri_too_long_title(), m -> m.uri_too_long_text(line, requestLineLimit));
            return;
        }
        if (!isForm(request.getHeader(HttpHeaders.CONTENT_TYPE))
                || "0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > bodyLimit) {
                refused[0] = true;
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                answer(context, 413, m -> m.form_too_large_title(), m -> m.form_too_large_text(bodyLimit));
            }
        });
        request.exceptionHandler(failure -> refused[0] = true);
        request.endHandler(ended -> {
            if (refused[0]) {
                return;
            }
            FormEncoding.Fault fault = FormEncoding.malformation(
                    body.getBytes(), FormEncoding.charset(request.getHeader(HttpHeaders.CONTENT_TYPE)));
            if (fault != null) {
                answer(
                        context,
                        400,
                        m -> m.unreadable_form_title(),
                        m -> fault.notText()
                                ? m.unreadable_form_not_utf8()
                                : m.unreadable_form_escape(fault.position()));
                return;
            }
            // Quarkus REST reads a body that a route has already read from the routing context.
            context.setBody(body);
            context.next();
        });
        request.resume();
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return FORM.equals(type.trim().toLowerCase(Locale.ROOT));
    }

    private static void answer(
            RoutingContext context, int status, Function<Messages, String> title, Function<Messages, String> text) {
        if (context.response().headWritten() || context.response().ended()) {
            return;
        }
        Cookie cookie = context.request().getCookie("lang");
        String lang = Reader.chooseLanguage(
                null,
                cookie == null ? null : cookie.getValue(),
                context.request().getHeader("Accept-Language"));
        Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(PlainPage.html(lang, msg.site_name(), title.apply(msg), text.apply(msg), msg.nav_home()));
    }
}
