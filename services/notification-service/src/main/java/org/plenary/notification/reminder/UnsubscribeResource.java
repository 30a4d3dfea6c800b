package org.plenary.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Template;
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

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("token") String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        return Response.status(subject.isPresent() ? 200 : 400)
                .entity(unsubscribe
                        .data("valid", subject.isPresent())
                        .data("done", false)
                        .data("token", token)
                        .render())
                .build();
    }

    /**
     * The form is read here rather than with {@code @FormParam}: Quarkus REST's form parser, given a body that is
     * not valid percent-encoding, fails on the event loop and never answers, which would let anyone hold
     * connections open. A malformed body is simply one without a token.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> unsubscribe(String form, @QueryParam("token") String queryToken) {
        String token = formValue(form, "token").orElse(queryToken);
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return Uni.createFrom()
                    .item(Response.status(400)
                            .entity(unsubscribe
                                    .data("valid", false)
                                    .data("done", false)
                                    .data("token", "")
                                    .render())
                            .build());
        }
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(RECORD)
                                .setParameter("organisation", subject.get().organisationId())
                                .setParameter("category", subject.get().category())
                                .setParameter("at", clock.instant())
                                .executeUpdate()))
                .map(ignored -> Response.ok(unsubscribe
                                .data("valid", true)
                                .data("done", true)
                                .data("token", "")
                                .render())
                        .build());
    }
}
