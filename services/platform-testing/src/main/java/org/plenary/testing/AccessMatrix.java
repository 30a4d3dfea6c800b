package org.plenary.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who may call what, checked for every operation of a service's OpenAPI document, so that a new endpoint is
 * covered without anyone remembering to. The service's test declares, per operation ({@code "POST /sessions"}),
 * the roles that may call it or that it is public; the matrix then calls every operation, on records that do not
 * exist, as each caller: anonymous, an organisation, a state, the secretariat, and with an expired, an unsigned
 * ({@code alg: none}), a wrongly signed and a wrong-audience token. An operation the document has and the table
 * lacks, or the table has and the document lacks, fails the test.
 *
 * <p>What each answer must be: a refused token is {@code 401 authentication-required} everywhere but on public
 * operations, where it is 401 or the public answer; anonymous is 401 on every operation that is not public; a
 * role the operation does not allow is {@code 403 role-required}; a role it allows is never 401 nor
 * {@code role-required}. Nobody ever gets a 5xx, and every refusal is {@code application/problem+json} (or a page,
 * for an operation that answers with pages). (Whether
 * organisation B reaches organisation A's records is a question of records, asked in the services' own tests.)
 */
public final class AccessMatrix {

    /** The callers the matrix tries. */
    public enum Caller {
        ANONYMOUS,
        ORGANISATION,
        STATE,
        SECRETARIAT,
        EXPIRED_TOKEN,
        UNSIGNED_TOKEN,
        WRONGLY_SIGNED_TOKEN,
        WRONG_AUDIENCE_TOKEN;

        boolean badToken() {
            return this == EXPIRED_TOKEN
                    || this == UNSIGNED_TOKEN
                    || this == WRONGLY_SIGNED_TOKEN
                    || this == WRONG_AUDIENCE_TOKEN;
        }
    }

    /** Who may call an operation. */
    public record Access(boolean isPublic, Set<Caller> roles) {

        public static Access publicRead() {
            return new Access(true, EnumSet.of(Caller.ORGANISATION, Caller.STATE, Caller.SECRETARIAT));
        }

        public static Access only(Caller... roles) {
            EnumSet<Caller> set = EnumSet.noneOf(Caller.class);
            set.addAll(List.of(roles));
            return new Access(false, set);
        }
    }

    /** One call and what came back. */
    public record Answer(String operation, Caller caller, int status, String contentType, String rule) {
        @Override
        public String toString() {
            return operation + " as " + caller + ": " + status + (rule == null ? "" : " " + rule);
        }
    }

    /** The outcome: every answer, and those that broke the rules above. */
    public record Outcome(List<Answer> answers, List<String> failures, Set<String> operations) {
        public String summary() {
            return operations.size() + " operations x " + Caller.values().length + " callers = " + answers.size()
                    + " calls, " + failures.size() + " wrong";
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AccessMatrix() {}

    /** Checks every operation of the service under test (RestAssured's base URI and port) against the table. */
    public static Outcome check(Map<String, Access> table) {
        List<Answer> answers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> operations = new TreeSet<>();
        Map<Caller, String> tokens = tokens();
        for (OpenApi.Operation op : OpenApi.operations()) {
            String operation = op.name();
            operations.add(operation);
            Access access = table.get(operation);
            if (access == null) {
                failures.add(operation + ": not in the access table (say who may call it)");
                continue;
            }
            for (Caller caller : Caller.values()) {
                Answer answer = call(op, caller, tokens.get(caller));
                answers.add(answer);
                String wrong = judge(answer, access, op.answersWithPages());
                if (wrong != null) {
                    failures.add(answer + ": " + wrong);
                }
            }
        }
        for (String listed : table.keySet()) {
            if (!operations.contains(listed)) {
                failures.add(listed + ": in the access table but not in the OpenAPI document");
            }
        }
        return new Outcome(answers, failures, operations);
    }

    private static String judge(Answer answer, Access access, boolean pages) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        String type = String.valueOf(answer.contentType());
        boolean page = pages && type.startsWith("text/html");
        if (answer.status() >= 400 && !page && !type.startsWith("application/problem+json")) {
            return "a refusal that is not problem+json";
        }
        Caller caller = answer.caller();
        boolean unauthenticated = answer.status() == 401 && "authentication-required".equals(answer.rule());
        boolean roleRefused = answer.status() == 403 && "role-required".equals(answer.rule());
        if (caller.badToken()) {
            if (access.isPublic()) {
                return answer.status() == 401 && !unauthenticated ? "a 401 without its rule" : null;
            }
            return unauthenticated ? null : "expected 401 authentication-required";
        }
        if (caller == Caller.ANONYMOUS) {
            if (access.isPublic()) {
                return answer.status() == 401 || answer.status() == 403 ? "a public operation refused anonymous" : null;
            }
            return unauthenticated ? null : "expected 401 authentication-required";
        }
        if (access.roles().contains(caller)) {
            return answer.status() == 401 || roleRefused ? "a role the table allows was refused" : null;
        }
        return roleRefused ? null : "expected 403 role-required";
    }

    private static Answer call(OpenApi.Operation op, Caller caller, String token) {
        String path = op.path();
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        for (JsonNode parameter : op.parameters()) {
            String name = parameter.path("name").asText();
            String where = parameter.path("in").asText();
            String value = sample(parameter.path("schema"));
            if ("path".equals(where)) {
                path = path.replace("{" + name + "}", value);
            } else if ("query".equals(where) && parameter.path("required").asBoolean(false)) {
                request = request.queryParam(name, value);
            }
        }
        List<String> types = op.bodyTypes();
        if (!types.isEmpty()) {
            String type = types.get(0);
            request = type.startsWith("application/x-www-form-urlencoded")
                    ? request.contentType(type).body("token=x")
                    : request.contentType(type).body(sampleBody(type));
        }
        Response response = request.request(op.method(), path);
        String contentType = response.getContentType();
        return new Answer(op.name(), caller, response.statusCode(), contentType, ruleOf(response));
    }

    /** The {@code rule} of a problem+json answer, or null. */
    static String ruleOf(Response response) {
        String contentType = response.getContentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return null;
        }
        try {
            return MAPPER.readTree(response.asByteArray()).path("rule").asText(null);
        } catch (java.io.IOException e) {
            return "(unreadable problem)";
        }
    }

    static String sample(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-01-26";
            case "date-time" -> "2026-01-26T10:00:00Z";
            default ->
                switch (schema.path("type").asText("string")) {
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    default -> "zz-nothing-" + UUID.randomUUID().toString().substring(0, 8);
                };
        };
    }

    private static byte[] sampleBody(String type) {
        String body = switch (type) {
            case "application/json" -> "{}";
            case "text/csv" -> "name,status,year\n";
            case "application/pdf" -> "%PDF-1.4\n%%EOF\n";
            default -> "x";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Caller, String> tokens() {
        Map<Caller, String> tokens = new LinkedHashMap<>();
        tokens.put(Caller.ANONYMOUS, null);
        tokens.put(
                Caller.ORGANISATION,
                Tokens.organisation("matrix-" + UUID.randomUUID().toString().substring(0, 8)));
        tokens.put(Caller.STATE, Tokens.state("AT"));
        tokens.put(Caller.SECRETARIAT, Tokens.secretariat());
        Instant now = Instant.now();
        tokens.put(
                Caller.EXPIRED_TOKEN,
                Jwt.upn("officer@secretariat.test")
                        .groups(Set.of("secretariat"))
                        .issuedAt(now.minus(Duration.ofMinutes(20)))
                        .expiresAt(now.minus(Duration.ofMinutes(10)))
                        .sign());
        tokens.put(Caller.UNSIGNED_TOKEN, unsigned(Tokens.secretariat()));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            tokens.put(
                    Caller.WRONGLY_SIGNED_TOKEN,
                    Jwt.upn("officer@secretariat.test")
                            .groups(Set.of("secretariat"))
                            .sign(generator.generateKeyPair().getPrivate()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        tokens.put(
                Caller.WRONG_AUDIENCE_TOKEN,
                Jwt.upn("officer@secretariat.test")
                        .groups(Set.of("secretariat"))
                        .audience("account")
                        .sign());
        return tokens;
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
