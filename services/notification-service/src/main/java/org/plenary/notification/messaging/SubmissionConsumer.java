package org.plenary.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.platform.inbox.Inbox;

/** Written submissions ({@code submission.submission.events}): the organisation's mail when one is published or declined. */
@ApplicationScoped
public class SubmissionConsumer {

    static final String CONSUMER = "submissions";

    static final Map<String, MailKind> MAILS = Map.of(
            SubmissionEvents.PUBLISHED, MailKind.SUBMISSION_PUBLISHED,
            SubmissionEvents.DECLINED, MailKind.SUBMISSION_DECLINED);

    private final Inbox inbox;
    private final MailOutbox mails;

    public SubmissionConsumer(Inbox inbox, MailOutbox mails) {
        this.inbox = inbox;
        this.mails = mails;
    }

    @Incoming("submissions")
    public Uni<Void> on(String payload) {
        return inbox.apply(CONSUMER, payload, this::apply);
    }

    Uni<Void> apply(EventEnvelope event) {
        MailKind kind = MAILS.get(event.type());
        if (kind == null) {
            return Uni.createFrom().voidItem();
        }
        return mails.toOrganisation(
                kind,
                event,
                Events.required(event.data(), "organisationId"),
                Events.required(event.data(), "sessionId"));
    }
}
