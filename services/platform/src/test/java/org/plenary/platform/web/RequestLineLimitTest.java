package org.plenary.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A request line over the services' limit (4,096 characters) is a 414 problem naming the limit; one at the limit is
 * read; one past the HTTP layer's own limit (16 KiB) still gets its bare 414. Every request has a timeout, so that
 * an unanswered request fails the test instead of holding it.
 */
@QuarkusTest
class RequestLineLimitTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URI root;

    /** A POST to /echo whose request line ("POST " + address + " HTTP/1.1") is {@code length} characters. */
    private HttpResponse<String> lineOf(int length) throws Exception {
        String address = "/echo?q=";
        address += "a".repeat(length - "POST  HTTP/1.1".length() - address.length());
        // A client of its own each time: a 414 closes its connection, and a client that kept it in its pool would
        // send the next test's POST on it and read nothing back ("header parser received no bytes").
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PROMPTLY)
                .build();
        return client.send(
                HttpRequest.newBuilder(root.resolve(address))
                        .timeout(PROMPTLY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestLineAtTheLimitIsRead() throws Exception {
        HttpResponse<String> response = lineOf(4096);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"fields\":1}");
    }

    @Test
    void aRequestLineOverTheLimitIsA414ProblemNamingTheLimit() throws Exception {
        HttpResponse<String> response = lineOf(4097);
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("rule").asText()).isEqualTo("request-line-too-long");
        assertThat(problem.path("status").asInt()).isEqualTo(414);
        assertThat(problem.path("limitCharacters").asInt()).isEqualTo(4096);
        assertThat(problem.path("requestLineCharacters").asInt()).isEqualTo(4097);
        assertThat(problem.path("detail").asText())
                .isEqualTo("The request line is 4097 characters long; this service reads at most 4096."
                        + " Send long values in a request body instead.");
    }

    @Test
    void aRequestLinePastTheHttpLayersOwnLimitGetsItsBare414() throws Exception {
        HttpResponse<String> response = lineOf(16 * 1024 + 1);
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.body()).isEmpty();
    }
}
