package org.plenary.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The local mail server's inbox (GreenMail's REST API on {@code plenary.mail.api}, default
 * {@code http://localhost:8025}, started by {@code deploy/local/plenary infra}): the messages Keycloak sent to an
 * address, and the first link into Keycloak that one carries.
 */
final class Mailbox {

    static final String API = System.getProperty("plenary.mail.api", "http://localhost:8025");
    private static final Pattern KEYCLOAK_LINK =
            Pattern.compile(Pattern.quote(KeycloakTokens.URL) + "/realms/plenary/[^\\s\"<>]+");

    private Mailbox() {}

    /** The whole MIME text of each message to {@code address}, oldest first. */
    static List<String> messages(String address) {
        var response = given().baseUri(API).get("/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() == 404) {
            return List.of();
        }
        List<Map<String, Object>> messages = new JsonPath(response.asString()).getList("$");
        return messages.stream().map(m -> String.valueOf(m.get("mimeMessage"))).toList();
    }

    /** Waits (at most a minute) for message number {@code count} to {@code address}, and returns its link. */
    static String link(String address, int count, String subjectPart) {
        String message = Awaitility.await("message " + count + " to " + address)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> messages(address), all -> all.size() >= count)
                .get(count - 1);
        if (!message.contains(subjectPart)) {
            throw new AssertionError(
                    "message " + count + " to " + address + " is not about " + subjectPart + ":\n" + message);
        }
        // The text part, decoded (a mail in French or Spanish comes quoted-printable, its lines cut with soft breaks),
        // carries the link with HTML entities (&amp;, &#61;): read it as the HTML part would be.
        String text = org.plenary.testing.MimeParts.first(message, "text/plain")
                .map(org.plenary.testing.MimeParts.Part::content)
                .orElse(message);
        Matcher link = KEYCLOAK_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no link into Keycloak in the message to " + address + ":\n" + message);
        }
        return link.group().replace("&amp;", "&").replace("&#61;", "=").replace("&#38;", "&");
    }
}
