package org.plenary.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A webhook subscription: the endpoint, the event types it wants ({@code *} for all), and for the secretariat an
 * optional organisation to limit it to (an organisation's own subscription is always limited to itself).
 */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
        String organisationId) {}
