package org.plenary.notification.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.plenary.notification.config.NotificationConfig;

/**
 * The token of an unsubscribe link: the organisation and the category of mail, signed with HMAC-SHA256 under
 * {@code notification.unsubscribe.secret}, so that nobody unsubscribes another organisation by guessing a link.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    /** The one category of non-essential mail so far. */
    public static final String REMINDERS = "reminders";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;

    public UnsubscribeTokens(NotificationConfig config) {
        this.key = config.unsubscribe().secret().getBytes(StandardCharsets.UTF_8);
    }

    /** What a valid token names. */
    public record Subject(String organisationId, String category) {}

    public String sign(String organisationId, String category) {
        String payload = ENCODER.encodeToString((organisationId + "\n" + category).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The organisation and category of a token signed by this service, or empty for any other string. */
    public Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac(payload))) {
            return Optional.empty();
        }
        String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n", 2);
        return parts.length == 2 ? Optional.of(new Subject(parts[0], parts[1])) : Optional.empty();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
