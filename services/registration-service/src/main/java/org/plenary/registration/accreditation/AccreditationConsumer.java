package org.plenary.registration.accreditation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.platform.inbox.Inbox;

/** Consumes the accreditation service's events, each at most once, through the inbox. */
@ApplicationScoped
public class AccreditationConsumer {

    private final Inbox inbox;
    private final AccreditationProjection projection;

    public AccreditationConsumer(Inbox inbox, AccreditationProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("accreditations")
    public Uni<Void> on(String payload) {
        return inbox.apply(AccreditationProjection.CONSUMER, payload, projection::apply);
    }
}
