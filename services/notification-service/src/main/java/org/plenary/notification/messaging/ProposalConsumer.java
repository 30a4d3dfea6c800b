package org.plenary.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.contracts.EventEnvelope;
import org.plenary.contracts.SideEventEvents;
import org.plenary.notification.mail.MailKind;
import org.plenary.notification.mail.MailOutbox;
import org.plenary.platform.inbox.Inbox;

/** Side-event proposals ({@code sideevent.proposal.events}): the organiser's mail when one is decided or cancelled. */
@ApplicationScoped
public class ProposalConsumer {

    static final String CONSUMER = "proposals";

    static final Map<String, MailKind> MAILS = Map.of(
            SideEventEvents.PROPOSAL_APPROVED, MailKind.SIDE_EVENT_APPROVED,
            SideEventEvents.PROPOSAL_REJECTED, MailKind.SIDE_EVENT_REJECTED,
            SideEventEvents.PROPOSAL_CANCELLED, MailKind.SIDE_EVENT_CANCELLED);

    private final Inbox inbox;
    private final MailOutbox mails;

    public ProposalConsumer(Inbox inbox, MailOutbox mails) {
        this.inbox = inbox;
        this.mails = mails;
    }

    @Incoming("proposals")
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
