package org.plenary.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.plenary.contracts.EventEnvelope;
import org.plenary.notification.config.NotificationConfig;

/**
 * Writes the mails a fact calls for into the {@code mail} table, in the caller's transaction (the inbox's, so a
 * mail is written exactly when its event is first applied). The sender sends them later. One mail per fact, kind
 * and organisation: written twice, the second changes nothing.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final String INSERT = "insert into mail (id, kind, fact_id, organisation_id, session_id, recipient,"
            + " essential, data, created_at, next_attempt_at) values (:id, :kind, :fact, :organisation, cast(:session as uuid),"
            + " :recipient, :essential, :data, :created, :due) on conflict (fact_id, kind, organisation_id) do nothing";

    /** Retries follow the real time, not the domain's clock (which tests and the demo move). */
    private static final Clock REAL_TIME = Clock.systemUTC();

    private final Clock clock;
    private final NotificationConfig config;

    public MailOutbox(Clock clock, NotificationConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** A mail to an organisation about an event: the event's data is what the mail tells. */
    public Uni<Void> toOrganisation(MailKind kind, EventEnvelope event, String organisationId, String sessionId) {
        return write(
                kind, event.id().toString(), organisationId, sessionId, null, true, event.data(), event.occurredAt());
    }

    /**
     * Writes one mail. A fact older than {@code notification.mail.max-fact-age} (a service started on topics with a
     * long history) is not mailed about: the mail would come too late to help.
     */
    public Uni<Void> write(
            MailKind kind,
            String factId,
            String organisationId,
            String sessionId,
            String recipient,
            boolean essential,
            JsonNode data,
            Instant occurredAt) {
        Instant now = clock.instant();
        if (occurredAt != null && occurredAt.isBefore(now.minus(config.mail().maxFactAge()))) {
            LOG.debugf("%s for %s: the fact is too old to mail about (%s)", kind, organisationId, occurredAt);
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("kind", kind.name())
                        .setParameter("fact", factId)
                        .setParameter("organisation", organisationId)
                        .setParameter("session", sessionId)
                        .setParameter("recipient", recipient)
                        .setParameter("essential", essential)
                        .setParameter("data", data.toString())
                        .setParameter("created", now)
                        .setParameter("due", REAL_TIME.instant())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
