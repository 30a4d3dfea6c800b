package org.plenary.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventEnvelope;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.notification.webhook.WebhookFanOut;
import org.plenary.platform.inbox.Inbox;

/**
 * The accreditation service's applications ({@code accreditation.application.events}): keeps each organisation's
 * contact (name, address, language) and its status with each body, and writes the mail each change calls for to the
 * organisation. A replayed or older event never overwrites a newer one's facts.
 */
@ApplicationScoped
public class AccreditationConsumer {

    static final String CONSUMER = "accreditations";
    static final String PROJECTION = "accreditations-projection";

    static final Map<String, MailKind> MAILS = Map.of(
            AccreditationEvents.APPLICATION_SUBMITTED, MailKind.APPLICATION_RECEIVED,
            AccreditationEvents.APPLICATION_INFORMATION_REQUESTED, MailKind.INFORMATION_REQUESTED,
            AccreditationEvents.APPLICATION_CLEARED, MailKind.CLEARED,
            AccreditationEvents.APPLICATION_OBJECTED, MailKind.OBJECTED,
            AccreditationEvents.APPLICATION_ACCREDITED, MailKind.ACCREDITED,
            AccreditationEvents.APPLICATION_REJECTED, MailKind.REJECTED,
            AccreditationEvents.APPLICATION_SUSPENDED, MailKind.SUSPENDED,
            AccreditationEvents.APPLICATION_REINSTATED, MailKind.REINSTATED,
            AccreditationEvents.APPLICATION_REVOKED, MailKind.REVOKED);

    private static final String CONTACT = "insert into organisation_contact (organisation_id, name, email, language,"
            + " updated_at) values (:organisation, :name, :email, :language, :at)"
            + " on conflict (organisation_id) do update set name = excluded.name,"
            + " email = coalesce(excluded.email, organisation_contact.email),"
            + " language = excluded.language, updated_at = excluded.updated_at"
            + " where organisation_contact.updated_at <= excluded.updated_at";
    private static final String ACCREDITATION = "insert into accreditation_copy (organisation_id, body_id, status,"
            + " non_objection_ends_at, updated_at) values (:organisation, :body, :status, cast(:periodEnds as timestamptz),"
            + " :at) on conflict (organisation_id, body_id) do update set status = excluded.status,"
            + " non_objection_ends_at = excluded.non_objection_ends_at, updated_at = excluded.updated_at"
            + " where accreditation_copy.updated_at <= excluded.updated_at";

    private final Inbox inbox;
    private final MailOutbox mails;
    private final WebhookFanOut webhooks;
    private final FirstStart firstStart;

    public AccreditationConsumer(Inbox inbox, MailOutbox mails, WebhookFanOut webhooks, FirstStart firstStart) {
        this.firstStart = firstStart;
        this.inbox = inbox;
        this.mails = mails;
        this.webhooks = webhooks;
    }

    @Incoming("accreditations")
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

    /** The projection and the mail. */
    Uni<Void> apply(EventEnvelope event) {
        MailKind kind = MAILS.get(event.type());
        return project(event)
                .chain(() -> kind == null
                        ? Uni.createFrom().voidItem()
                        : mails.toOrganisation(kind, event, Events.required(event.data(), "organisationId"), null));
    }

    /** The projection alone: what a rebuild from the topic applies (it mails nobody). */
    Uni<Void> project(EventEnvelope event) {
        if (event.type() == null || !event.type().startsWith("accreditation.application.")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        String organisationId = Events.required(data, "organisationId");
        JsonNode organisation = data.path("organisation");
        String language = Events.optional(organisation, "language");
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CONTACT)
                        .setParameter("organisation", organisationId)
                        .setParameter("name", Events.required(organisation, "name"))
                        .setParameter("email", Events.optional(organisation, "contactEmail"))
                        .setParameter("language", language == null ? "en" : language)
                        .setParameter("at", event.occurredAt())
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(ACCREDITATION)
                                .setParameter("organisation", organisationId)
                                .setParameter("body", Events.required(data, "bodyId"))
                                .setParameter("status", Events.required(data, "status"))
                                .setParameter(
                                        "periodEnds",
                                        "NON_OBJECTION".equals(Events.required(data, "status"))
                                                        && Events.optional(data, "nonObjectionEndsAt") != null
                                                ? Events.instant(data, "nonObjectionEndsAt")
                                                        .atOffset(java.time.ZoneOffset.UTC)
                                                : null)
                                .setParameter("at", event.occurredAt())
                                .executeUpdate()))
                .replaceWithVoid();
    }
}
