package org.plenary.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> unsubscribe(@FormParam("token") String token, @QueryParam("token") String queryToken) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token != null ? token : queryToken);
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
