package org.plenary.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-Plenary-Signature: sha256=<hex>}, the HMAC-SHA256 of the timestamp
 * ({@code X-Plenary-Timestamp}, epoch seconds), a dot and the exact body, under the subscription's secret. A receiver
 * computes the same and compares in constant time; the timestamp lets it refuse an old delivery replayed.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Plenary-Signature";
    public static final String TIMESTAMP = "X-Plenary-Timestamp";

    private WebhookSignature() {}

    /**
     * The header's value: the signature under the subscription's secret and, while a replaced secret is still valid,
     * the one under it, separated by a comma ({@code sha256=<new>, sha256=<previous>}): a receiver accepts the
     * delivery when one of them is the one it computes.
     */
    public static String signatures(String secret, String previousSecret, long timestamp, String body) {
        String signature = sign(secret, timestamp, body);
        return previousSecret == null ? signature : signature + ", " + sign(previousSecret, timestamp, body);
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
