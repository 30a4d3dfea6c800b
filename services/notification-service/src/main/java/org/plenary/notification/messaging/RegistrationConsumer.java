package org.plenary.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.notification.webhook.WebhookFanOut;
import org.plenary.platform.inbox.Inbox;
import org.plenary.platform.inbox.PoisonEventException;

/**
 * Delegates' registrations ({@code registration.registration.events}): keeps {@code registration_copy} (who has
 * registered for a session, for the reminders) and writes the mail each change calls for to the organisation.
 */
@ApplicationScoped
public class RegistrationConsumer {

    static final String CONSUMER = "registrations";
    static final String PROJECTION = "registrations-projection";

    static final Map<String, MailKind> MAILS = Map.of(
            RegistrationEvents.REGISTERED, MailKind.REGISTRATION_RECEIVED,
            RegistrationEvents.CONFIRMED, MailKind.REGISTRATION_CONFIRMED,
            RegistrationEvents.DECLINED, MailKind.REGISTRATION_DECLINED,
            RegistrationEvents.WAITLISTED, MailKind.WAITLISTED,
            RegistrationEvents.PROMOTED, MailKind.PROMOTED,
            RegistrationEvents.WITHDRAWN, MailKind.REGISTRATION_WITHDRAWN);

    /** The changes after which a confirmed registration's delegate is written to. */
    static final java.util.Set<String> DELEGATE_CONFIRMED_BY = java.util.Set.of(
            RegistrationEvents.REGISTERED,
            RegistrationEvents.CONFIRMED,
            RegistrationEvents.PROMOTED,
            RegistrationEvents.SUBSTITUTED);

    private static final String UPSERT = "insert into registration_copy (registration_id, session_id, organisation_id,"
            + " status, updated_at) values (:id, :session, :organisation, :status, :at)"
            + " on conflict (registration_id) do update set status = excluded.status, updated_at = excluded.updated_at"
            + " where registration_copy.updated_at <= excluded.updated_at";

    private final Inbox inbox;
    private final MailOutbox mails;
    private final WebhookFanOut webhooks;
    private final FirstStart firstStart;

    public RegistrationConsumer(Inbox inbox, MailOutbox mails, WebhookFanOut webhooks, FirstStart firstStart) {
        this.firstStart = firstStart;
        this.inbox = inbox;
        this.mails = mails;
        this.webhooks = webhooks;
    }

    @Incoming("registrations")
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
        // A session that asks for no confirmation registers a delegate confirmed at once: that is the mail to send.
        if (kind == MailKind.REGISTRATION_RECEIVED && "CONFIRMED".equals(Events.optional(event.data(), "status"))) {
            kind = MailKind.REGISTRATION_CONFIRMED;
        }
        MailKind mail = kind;
        return project(event)
                .chain(() -> mail == null
                        ? Uni.createFrom().voidItem()
                        : mails.toOrganisation(
                                mail,
                                event,
                                Events.required(event.data(), "organisationId"),
                                Events.required(event.data(), "sessionId")))
                .chain(() -> toDelegate(event));
    }

    /**
     * The delegate's own confirmation, at their address, when a change leaves the registration confirmed (registered
     * confirmed at once, confirmed, promoted to a confirmed seat, or a substitute confirmed in the seat).
     */
    private Uni<Void> toDelegate(EventEnvelope event) {
        String address = Events.optional(event.data().path("delegate"), "email");
        if (address == null
                || !DELEGATE_CONFIRMED_BY.contains(event.type())
                || !"CONFIRMED".equals(Events.optional(event.data(), "status"))) {
            return Uni.createFrom().voidItem();
        }
        return mails.write(
                MailKind.DELEGATE_CONFIRMED,
                event.id().toString(),
                Events.required(event.data(), "organisationId"),
                Events.required(event.data(), "sessionId"),
                address,
                true,
                event.data(),
                event.occurredAt());
    }

    Uni<Void> project(EventEnvelope event) {
        if (event.type() == null
                || !event.type().startsWith("registration.registration.")
                || RegistrationEvents.LETTER_UPLOADED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        UUID id;
        UUID session;
        try {
            id = UUID.fromString(Events.required(data, "registrationId"));
            session = UUID.fromString(Events.required(data, "sessionId"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage(), e);
        }
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(UPSERT)
                        .setParameter("id", id)
                        .setParameter("session", session)
                        .setParameter("organisation", Events.required(data, "organisationId"))
                        .setParameter("status", Events.required(data, "status"))
                        .setParameter("at", event.occurredAt())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
