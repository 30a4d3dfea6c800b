package org.plenary.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The unsubscribe link of non-essential mail. {@code GET} shows a page with one button (a mail scanner that follows
 * links unsubscribes nobody); {@code POST} (the button, or a one-click {@code List-Unsubscribe-Post}, RFC 8058)
 * records it. The token is signed ({@link UnsubscribeTokens}): nobody can unsubscribe another organisation.
 */
@Path("/unsubscribe")
public class UnsubscribeResource {

    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr", "es");

    private static final String RECORD = "insert into unsubscription (organisation_id, category, unsubscribed_at)"
            + " values (:organisation, :category, :at) on conflict do nothing";

    private final UnsubscribeTokens tokens;
    private final Template unsubscribe;
    private final Clock clock;

    public UnsubscribeResource(UnsubscribeTokens tokens, Template unsubscribe, Clock clock) {
        this.tokens = tokens;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    /** The first value of a field of an {@code application/x-www-form-urlencoded} body, if it can be decoded. */
    static Optional<String> formValue(String form, String name) {
        if (form == null || form.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException malformed) {
                // not percent-encoding: not the field asked for
            }
        }
        return Optional.empty();
    }

    /** The page's words for this kind of mail, in the recipient's language. */
    @TemplateData
    public record Texts(
            String title,
            String ask,
            String explain,
            String button,
            String done,
            String invalid,
            String explainInvalid) {

        static Texts of(String category, String lang) {
            UnsubscribeMessages m = MessageBundles.get(UnsubscribeMessages.class, Localized.Literal.of(lang));
            return switch (category == null ? "" : category) {
                case "digest" ->
                    new Texts(
                            m.title(),
                            m.ask_digest(),
                            m.explain_digest(),
                            m.button_digest(),
                            m.done_digest(),
                            m.invalid(),
                            m.explain_invalid());
                case "states-list" ->
                    new Texts(
                            m.title(),
                            m.ask_states_list(),
                            m.explain_states_list(),
                            m.button_states_list(),
                            m.done_states_list(),
                            m.invalid(),
                            m.explain_invalid());
                default ->
                    new Texts(
                            m.title(),
                            m.ask_reminders(),
                            m.explain_reminders(),
                            m.button_reminders(),
                            m.done_reminders(),
                            m.invalid(),
                            m.explain_invalid());
            };
        }
    }

    /** en, fr or es: the page's language, from the link (English when it names no other). */
    static String language(String lang) {
        return lang != null && LANGUAGES.contains(lang) ? lang : "en";
    }

    private Response page(
            int status, Optional<UnsubscribeTokens.Subject> subject, String token, String lang, boolean done) {
        String language = language(lang);
        return Response.status(status)
                .header("Content-Language", language)
                .entity(unsubscribe
                        .data("valid", subject.isPresent())
                        .data("done", done)
                        .data("token", token == null ? "" : token)
                        .data("lang", language)
                        .data(
                                "texts",
                                Texts.of(
                                        subject.map(UnsubscribeTokens.Subject::category)
                                                .orElse(null),
                                        language))
                        .render())
                .build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("token") String token, @QueryParam("lang") String lang) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        return page(subject.isPresent() ? 200 : 400, subject, subject.isPresent() ? token : "", lang, false);
    }

    /**
     * The form is read here rather than with {@code @FormParam}: Quarkus REST's form parser, given a body that is
     * not valid percent-encoding, fails on the event loop and never answers, which would let anyone hold
     * connections open. A malformed body is simply one without a token.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> unsubscribe(
            String form, @QueryParam("token") String queryToken, @QueryParam("lang") String queryLang) {
        String token = formValue(form, "token").orElse(queryToken);
        String lang = formValue(form, "lang").orElse(queryLang);
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return Uni.createFrom().item(page(400, subject, "", lang, false));
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(RECORD)
                                .setParameter("organisation", subject.get().organisationId())
                                .setParameter("category", subject.get().category())
                                .setParameter("at", clock.instant())
                                .executeUpdate()))
                .map(ignored -> page(200, subject, "", lang, true));
    }
}
