package org.plenary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.portal.stub.ServiceStubs;
import org.plenary.portal.stub.StubbedServices;

/**
 * Requests the portal cannot read are answered at once with a page that says why: a form body that is not
 * percent-encoded UTF-8, and an address over the portal's limit. Every request has a timeout, so that a request
 * left unanswered fails the test instead of holding it.
 */
@QuarkusTest
class HostileRequestsTest extends StubbedServices {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PROMPTLY)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @TestHTTPResource("/")
    URI root;

    private HttpResponse<String> postForm(String path, String body) throws Exception {
        return postForm(path, body, false);
    }

    /** A form, with its length declared or, {@code chunked}, sent in chunks of unknown length. */
    private HttpResponse<String> postForm(String path, String body, boolean chunked) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return CLIENT.send(
                HttpRequest.newBuilder(root.resolve(path))
                        .timeout(PROMPTLY)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                chunked
                                        ? HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(bytes))
                                        : HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(root.resolve(path))
                        .timeout(PROMPTLY)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
        "tz=%zz,false",
        "tz=%zz,true",
        "tz=Europe%2FVienna&return=%,false",
        "tz=Europe%2FVienna&return=%,true",
        "tz=%C3%28,false",
        "tz=%C3%28,true",
        "%=x,true",
        "tz=%2,true",
        "tz=Wien%FF,true"
    })
    void aFormBodyThatIsNotPercentEncodedUtf8IsA400PageAtOnce(String body, boolean chunked) throws Exception {
        HttpResponse<String> response = postForm("/preferences", body, chunked);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>The form could not be read</h1>", "Go back to the form and send it again.")
                .doesNotContain("Exception", "java.", "org.");
    }

    @Test
    void theFaultIsNamedInTheReadersLanguage() throws Exception {
        HttpResponse<String> escape = postForm("/preferences", "tz=Europe%2FVienna&return=%zz");
        assertThat(escape.body()).contains("the % at character 27 is not followed by two hexadecimal digits");
        HttpResponse<String> french = CLIENT.send(
                HttpRequest.newBuilder(root.resolve("/preferences"))
                        .timeout(PROMPTLY)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Cookie", "lang=fr")
                        .POST(HttpRequest.BodyPublishers.ofString("tz=%C3%28"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("<html lang=\"fr\"", "ce n&#39;est pas du texte UTF-8");
    }

    @Test
    void aWellFormedFormIsReadAsBefore() throws Exception {
        HttpResponse<String> response = postForm("/preferences", "tz=Europe%2FVienna&return=%2Fsessions", true);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sessions"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("tz=Europe/Vienna"));
    }

    @Test
    void aFormInTheCharsetItNamesIsReadInIt() throws Exception {
        // %E9 is é in ISO-8859-1, and no UTF-8 at all: the charset the form names is the one it is checked in.
        HttpResponse<String> latin1 = CLIENT.send(
                HttpRequest.newBuilder(root.resolve("/preferences"))
                        .timeout(PROMPTLY)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1")
                        .POST(HttpRequest.BodyPublishers.ofString("tz=Europe%2FVienna&return=%2Fcaf%E9"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(303);
        assertThat(postForm("/preferences", "tz=Europe%2FVienna&return=%2Fcaf%E9")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void aSignedInFormWithBrokenEncodingIsA400AndNothingIsSent() throws Exception {
        HttpResponse<String> response = postForm(
                "/me/side-events?sessionId=" + ServiceStubs.SESSION,
                "title=Safeguards&description=50%&format=HYBRID",
                true);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>The form could not be read</h1>");
        assertThat(services.writes).isEmpty();
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void aSignedInFormThatIsWellFormedIsSentWithItsTextIntact() throws Exception {
        services.answer(
                "POST /side-event/sessions/" + ServiceStubs.SESSION + "/proposals",
                new ServiceStubs.Answer(
                        201, "application/json", "{\"id\":\"" + ServiceStubs.SESSION + "\"}", java.util.Map.of()));
        String description = "d%C3%A9bat+" + "x".repeat(3000);
        HttpResponse<String> response = postForm(
                "/me/side-events?sessionId=" + ServiceStubs.SESSION,
                "title=S%C3%A9curit%C3%A9+et+droits&description=" + description
                        + "&format=HYBRID&expectedAttendance=60");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(services.writes.get(0)).contains("\"title\":\"Sécurité et droits\"", "\"description\":\"débat xxx");
    }

    @Test
    void anAddressOverTheLimitIsA414PageAndOneUnderItIsServed() throws Exception {
        // "GET " + address + " HTTP/1.1" at 4,096 characters is the limit.
        String under = "/?q=" + "a".repeat(4096 - "GET  HTTP/1.1".length() - "/?q=".length());
        assertThat(get(under).statusCode()).isEqualTo(200);
        HttpResponse<String> over = get(under + "a");
        assertThat(over.statusCode()).isEqualTo(414);
        assertThat(over.body())
                .contains("<h1>The address is too long</h1>")
                .contains("The address of this request is 4097 characters long; the portal reads at most 4096.");
    }

    @Test
    void anAddressOverTheHttpLayersOwnLimitIsItsBare414() throws Exception {
        // Past quarkus.http.limits.max-initial-line-length the HTTP layer answers before any of the portal's code.
        HttpResponse<String> response = get("/?q=" + "a".repeat(17 * 1024));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.body()).isEmpty();
    }
}
