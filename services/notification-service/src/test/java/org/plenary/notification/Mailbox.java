package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The real SMTP server's mailboxes, read through GreenMail's REST API on localhost:8025. Each test writes to
 * addresses of its own ({@link #newAddress()}), so no mailbox is ever purged and runs side by side never mix.
 */
public final class Mailbox {

    public static final int SMTP_PORT = 3025;
    private static final String API = "http://localhost:8025/api/user/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Mailbox() {}

    /** One received mail: its subject, headers, and its decoded parts. */
    public record Message(String subject, String mime, List<Part> parts) {

        public String header(String name) {
            Matcher m = Pattern.compile("(?mi)^" + Pattern.quote(name) + ":\\s*(.*)$")
                    .matcher(mime.substring(0, Math.max(0, mime.indexOf("\r\n\r\n"))));
            return m.find() ? m.group(1).strip() : null;
        }

        public String kind() {
            return header("X-Plenary-Mail-Kind");
        }

        public String text() {
            return part("text/plain").content();
        }

        public String html() {
            return part("text/html").content();
        }

        public Part part(String contentType) {
            return parts.stream()
                    .filter(p -> p.contentType().toLowerCase(Locale.ROOT).startsWith(contentType))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + contentType + " part in:\n" + mime));
        }

        public boolean hasPart(String contentType) {
            return parts.stream()
                    .anyMatch(p -> p.contentType().toLowerCase(Locale.ROOT).startsWith(contentType));
        }
    }

    public record Part(String contentType, String content) {}

    public static String newAddress() {
        return "notify-" + UUID.randomUUID().toString().substring(0, 13) + "@example.org";
    }

    /** What has arrived at this address so far (nothing when the server has never seen it). */
    public static List<Message> messages(String address) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    API + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 400 || response.statusCode() == 404) {
                return List.of();
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<Message> messages = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(response.body())) {
                String mime = node.path("mimeMessage").asText();
                messages.add(new Message(node.path("subject").asText(), mime, parts(mime)));
            }
            return messages;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** Waits until at least {@code count} mails have arrived, and returns them all. */
    public static List<Message> await(String address, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> messages(address), list -> list.size() >= count);
    }

    /** Waits for the mail of this kind. */
    public static Message awaitKind(String address, String kind) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> messages(address).stream()
                                .filter(m -> kind.equals(m.kind()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    static List<Part> parts(String mime) {
        return org.plenary.testing.MimeParts.parts(mime).stream()
                .map(p -> new Part(p.contentType(), p.content()))
                .toList();
    }
}
