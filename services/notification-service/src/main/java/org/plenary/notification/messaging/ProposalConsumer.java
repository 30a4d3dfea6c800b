package org.plenary.notification.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.SideEventEvents;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.notification.webhook.WebhookFanOut;
import org.plenary.platform.inbox.Inbox;

/** Side-event proposals ({@code sideevent.proposal.events}): the organiser's mail when one is decided or cancelled. */
@ApplicationScoped
public class ProposalConsumer {

    static final String CONSUMER = "proposals";
    static final String PROJECTION = "proposals-projection";

    static final Map<String, MailKind> MAILS = Map.of(
            SideEventEvents.PROPOSAL_APPROVED, MailKind.SIDE_EVENT_APPROVED,
            SideEventEvents.PROPOSAL_REJECTED, MailKind.SIDE_EVENT_REJECTED,
            SideEventEvents.PROPOSAL_CANCELLED, MailKind.SIDE_EVENT_CANCELLED);

    private static final String UPSERT =
            "insert into proposal_copy (proposal_id, session_id, organisation_id, status, updated_at)"
                    + " values (:id, :session, :organisation, :status, :at) on conflict (proposal_id) do update"
                    + " set status = excluded.status, updated_at = excluded.updated_at"
                    + " where proposal_copy.updated_at <= excluded.updated_at";

    private final Inbox inbox;
    private final MailOutbox mails;
    private final WebhookFanOut webhooks;
    private final FirstStart firstStart;

    public ProposalConsumer(Inbox inbox, MailOutbox mails, WebhookFanOut webhooks, FirstStart firstStart) {
        this.firstStart = firstStart;
        this.inbox = inbox;
        this.mails = mails;
        this.webhooks = webhooks;
    }

    @Incoming("proposals")
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
        if (event.type() == null || !event.type().startsWith("sideevent.proposal.")) {
            return Uni.createFrom().voidItem();
        }
        java.util.UUID id;
        java.util.UUID session;
        try {
            id = java.util.UUID.fromString(Events.required(event.data(), "proposalId"));
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
