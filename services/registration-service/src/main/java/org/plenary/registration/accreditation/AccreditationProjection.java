package org.plenary.registration.accreditation;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventEnvelope;
import org.plenary.registration.registration.RegistrationService;

/**
 * Keeps {@link Accreditation} rows from the accreditation service's events, and withdraws an organisation's
 * registrations for accreditation-only sessions of a body when its accreditation is revoked: only for a revocation it
 * applies, never for one a newer event superseded (a rebuild replays history).
 */
@ApplicationScoped
public class AccreditationProjection {

    public static final String CONSUMER = "accreditations";

    private final RegistrationService registrations;

    public AccreditationProjection(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Applies one event; runs inside the inbox's transaction. */
    public Uni<Void> apply(EventEnvelope event) {
        if (!event.type().startsWith("accreditation.application.")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.data();
        Accreditation.Key key = new Accreditation.Key(
                data.path("organisationId").asText(), data.path("bodyId").asText());
        return Accreditation.<Accreditation>findById(key).chain(existing -> {
            if (existing != null && existing.updatedAt.isAfter(event.occurredAt())) {
                // A newer event superseded this one (a replay reads history again): neither the row nor the
                // registrations change, so an old revocation withdraws nothing.
                return Uni.createFrom().voidItem();
            }
            Accreditation row = existing != null ? existing : new Accreditation();
            row.id = key;
            row.organisationName = data.path("organisation").path("name").asText();
            row.status = data.path("status").asText();
            row.accreditedAt = data.hasNonNull("accreditedAt")
                    ? Instant.parse(data.path("accreditedAt").asText())
                    : null;
            row.updatedAt = event.occurredAt();
            return (existing != null ? Uni.createFrom().item(row) : row.<Accreditation>persist())
                    .chain(() -> AccreditationEvents.APPLICATION_REVOKED.equals(event.type())
                            ? registrations.withdrawForRevocation(
                                    key.organisationId(),
                                    key.bodyId(),
                                    "The organisation's accreditation to " + key.bodyId() + " was revoked.")
                            : Uni.createFrom().voidItem());
        });
    }
}
