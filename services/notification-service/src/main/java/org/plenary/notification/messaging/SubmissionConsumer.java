package org.plenary.notification.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.notification.webhook.WebhookFanOut;
import org.plenary.platform.inbox.Inbox;

/** Written submissions ({@code submission.submission.events}): the organisation's mail when one is published or declined. */
@ApplicationScoped
public class SubmissionConsumer {

    static final String CONSUMER = "submissions";
    static final String PROJECTION = "submissions-projection";

    static final Map<String, MailKind> MAILS = Map.of(
            SubmissionEvents.PUBLISHED, MailKind.SUBMISSION_PUBLISHED,
            SubmissionEvents.DECLINED, MailKind.SUBMISSION_DECLINED);

    private static final String UPSERT =
            "insert into submission_copy (submission_id, session_id, organisation_id, status, updated_at)"
                    + " values (:id, :session, :organisation, :status, :at) on conflict (submission_id) do update"
                    + " set status = excluded.status, updated_at = excluded.updated_at"
                    + " where submission_copy.updated_at <= excluded.updated_at";

    private final Inbox inbox;
    private final MailOutbox mails;
    private final WebhookFanOut webhooks;
    private final FirstStart firstStart;

    public SubmissionConsumer(Inbox inbox, MailOutbox mails, WebhookFanOut webhooks, FirstStart firstStart) {
        this.firstStart = firstStart;
        this.inbox = inbox;
        this.mails = mails;
        this.webhooks = webhooks;
    }

    @Incoming("submissions")
    public Uni<Void> on(String payload, IncomingKafkaRecordMetadata<String, String> record) {
        return inbox.apply(
                CONSUMER,
                payload,
                event -> firstStart.learnOrTell(
                        record,
                        () -> project(event),
                        () -> apply(event)
                                .chain(() -> webhooks.fanOut(event, Events.optional(event.data(), "organisationId")))));
    }

    Uni<Void> apply(EventEnvelope event) {
        MailKind kind = MAILS.get(event.type());
        return project(event)
                .chain(() -> kind == null
                        ? Uni.createFrom().voidItem()
                        : mails.toOrganisation(
                                kind,
                                event,
                                Events.required(event.data(), "organisationId"),
                                Events.required(event.data(), "sessionId")));
    }

    /** The copy of its status (for the secretariat's digest); what a rebuild applies. */
    Uni<Void> project(EventEnvelope event) {
        if (event.type() == null || !event.type().startsWith("submission.submission.")) {
            return Uni.createFrom().voidItem();
        }
        java.util.UUID id;
        java.util.UUID session;
        try {
            id = java.util.UUID.fromString(Events.required(event.data(), "submissionId"));
            session = java.util.UUID.fromString(Events.required(event.data(), "sessionId"));
        } catch (IllegalArgumentException e) {
            throw new org.plenary.platform.inbox.PoisonEventException(
                    event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        return io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .chain(s -> s.createNativeQuery(UPSERT)
                        .setParameter("id", id)
                        .setParameter("session", session)
                        .setParameter("organisation", Events.required(event.data(), "organisationId"))
                        .setParameter("status", Events.required(event.data(), "status"))
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
