package org.plenary.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A mail claimed for sending, with what the service knows when it sends it: the organisation's contact (address,
 * language, name), the session and the body's objection disclosure policy, any of which may not be known yet.
 */
public record PendingMail(
        UUID id,
        MailKind kind,
        String organisationId,
        String sessionId,
        String recipient,
        boolean essential,
        JsonNode data,
        int attempts,
        JsonNode contact,
        JsonNode session,
        String refusedBefore,
        String disclosure) {

    /** The address it goes to: its own, or the organisation's contact address; null while none is known. */
    public String address() {
        if (recipient != null) {
            return recipient;
        }
        return contact == null || contact.path("email").isNull()
                ? null
                : contact.path("email").asText(null);
    }

    /** Whether the organisation may be told an objection's reason: the body's policy says so. */
    public boolean reasonDisclosed() {
        return kind != MailKind.OBJECTED || "REASON_ONLY".equals(disclosure) || "STATE_AND_REASON".equals(disclosure);
    }

    /** en, fr or es: the organisation's language, English when it named none. */
    public String language() {
        String language = contact == null ? null : contact.path("language").asText(null);
        return language == null || !Mails.LANGUAGES.contains(language) ? "en" : language;
    }
}
