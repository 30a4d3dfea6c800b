package org.plenary.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A mail claimed for sending, with what the service knows when it sends it: the organisation's contact (address,
 * language, name), the session and the body's objection disclosure policy, any of which may not be known yet; and,
 * once resolved, its recipient with their language and time zone.
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
        String disclosure,
        String factId,
        String recipientLanguage,
        String recipientTimeZone) {

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

    /** The same mail to one recipient, in their language and time zone (null: the organisation's language). */
    public PendingMail to(String address, String language, String timeZone) {
        return new PendingMail(
                id,
                kind,
                organisationId,
                sessionId,
                address,
                essential,
                data,
                attempts,
                contact,
                session,
                refusedBefore,
                disclosure,
                factId,
                language,
                timeZone);
    }

    /** en, fr or es: the recipient's own language, else the organisation's, English when neither is known. */
    public String language() {
        if (recipientLanguage != null && Mails.LANGUAGES.contains(recipientLanguage)) {
            return recipientLanguage;
        }
        String language = contact == null ? null : contact.path("language").asText(null);
        return language == null || !Mails.LANGUAGES.contains(language) ? "en" : language;
    }
}
