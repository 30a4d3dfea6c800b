package org.plenary.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * "Mail and webhooks" in {@code /q/health/well}: how many mails and webhook deliveries wait, how many mails were
 * refused for good and how many deliveries given up. DOWN while a mail has failed
 * {@code notification.mail.health.max-attempts} times or more (default 10, some ten minutes of back-off: the SMTP
 * relay is away, or an organisation's address is still unknown). Not a readiness check: the service goes on
 * consuming while mail waits.
 */
@Wellness
@ApplicationScoped
public class MailHealthCheck implements AsyncHealthCheck {

    private static final String QUERY = "select json_build_object("
            + "'waiting', (select count(*) from mail where sent_at is null and refused_at is null),"
            + " 'stuck', (select count(*) from mail where sent_at is null and refused_at is null"
            + " and attempts >= cast(:attempts as integer)),"
            + " 'refused', (select count(*) from mail where refused_at is not null),"
            + " 'webhooksWaiting', (select count(*) from webhook_delivery where delivered_at is null"
            + " and given_up_at is null),"
            + " 'webhooksGivenUp', (select count(*) from webhook_delivery where given_up_at is not null))::text";

    private final ObjectMapper mapper;
    private final int maxAttempts;

    public MailHealthCheck(
            ObjectMapper mapper,
            @ConfigProperty(name = "notification.mail.health.max-attempts", defaultValue = "10") int maxAttempts) {
        this.mapper = mapper;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(QUERY, String.class)
                                .setParameter("attempts", maxAttempts)
                                .getSingleResult()))
                .map(json -> {
                    JsonNode counts = read(json);
                    return HealthCheckResponse.named("Mail and webhooks")
                            .status(counts.path("stuck").asLong() == 0)
                            .withData("mailsWaiting", counts.path("waiting").asLong())
                            .withData("mailsFailingLong", counts.path("stuck").asLong())
                            .withData("mailsRefused", counts.path("refused").asLong())
                            .withData(
                                    "webhookDeliveriesWaiting",
                                    counts.path("webhooksWaiting").asLong())
                            .withData(
                                    "webhookDeliveriesGivenUp",
                                    counts.path("webhooksGivenUp").asLong())
                            .build();
                })
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("Mail and webhooks")
                        .down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build());
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
