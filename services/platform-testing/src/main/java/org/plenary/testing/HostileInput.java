package org.plenary.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.awaitility.Awaitility;
import org.plenary.testing.AccessMatrix.Access;
import org.plenary.testing.AccessMatrix.Caller;

/**
 * Generated hostile input for every operation of the service under test's OpenAPI document: bodies and
 * parameters that are malformed, wrongly typed, oversized or on a boundary (0, -1, the largest integers, empty,
 * 10,000-character strings, invalid UTF-8, deep nesting, duplicate keys), and invalid path ids, each sent as a
 * caller the operation allows. What must hold: no answer is a 5xx; no refusal's {@code detail} names a Java type,
 * a class or a stack frame; and the service's own tables are byte for byte what they were whenever every case of
 * an operation was refused. The cases come from jqwik's generators with a fixed seed
 * ({@code -Dplenary.hostile.seed}); {@code -Dplenary.hostile.cases} sets how many per operation.
 */
public final class HostileInput {

    /** What a refusal's detail must never contain. */
    static final Pattern LEAK =
            Pattern.compile("org\\.plenary|java\\.|jakarta\\.|Exception|\\bat \\[Source|\\$[A-Z]|\\tat |hibernate");

    /** The outcome: how many cases, and what went wrong. */
    public record Outcome(int cases, int serverErrors, int accepted, List<String> failures) {
        public String summary() {
            return cases + " cases, " + serverErrors + " server errors, " + accepted + " accepted, " + failures.size()
                    + " failures";
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DEFAULT_CASES = 150;
    private static final long DEFAULT_SEED = 20261202L;

    private HostileInput() {}

    public static int casesPerOperation() {
        return Integer.getInteger("plenary.hostile.cases", DEFAULT_CASES);
    }

    public static long seed() {
        return Long.getLong("plenary.hostile.seed", DEFAULT_SEED);
    }

    /**
     * Sends the generated cases to every operation in the table, as the first caller it allows (anonymous for
     * public reads), and compares the named tables of {@code database} before and after each operation's cases
     * (unless one of them was a write the service accepted: then a change is no harm).
     */
    public static Outcome check(Map<String, Access> table, DataSource database, Set<String> ownTables) {
        // jqwik's generators outside a property need a session of their own; the cases are drawn with the run's
        // own seeded Random, so a seed gives the same cases every time.
        JqwikSession.start();
        try {
            return run(table, database, ownTables);
        } finally {
            JqwikSession.finish();
        }
    }

    private static Outcome run(Map<String, Access> table, DataSource database, Set<String> ownTables) {
        Map<Caller, String> tokens = Map.of(
                Caller.ORGANISATION,
                        Tokens.organisation(
                                "hostile-" + UUID.randomUUID().toString().substring(0, 8)),
                Caller.STATE, Tokens.state("AT"),
                Caller.SECRETARIAT, Tokens.secretariat());
        int cases = 0;
        int serverErrors = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (OpenApi.Operation op : OpenApi.operations()) {
            Access access = table.get(op.name());
            if (access == null) {
                failures.add(op.name() + ": not in the access table");
                continue;
            }
            String token = access.isPublic()
                    ? null
                    : tokens.get(access.roles().stream()
                            .filter(tokens::containsKey)
                            .findFirst()
                            .orElseThrow());
            Random random = new Random(seed() ^ op.name().hashCode());
            Map<String, String> before = settled(database, ownTables);
            int acceptedHere = 0;
            for (int i = 0; i < casesPerOperation(); i++) {
                Case c = generate(op, random, i);
                Response response = send(op, c, token);
                cases++;
                int status = response.statusCode();
                if (status >= 500) {
                    serverErrors++;
                    failures.add(op.name() + " " + c + ": " + status);
                } else if (status < 300 && !"GET".equals(op.method())) {
                    acceptedHere++;
                } else if (status >= 400) {
                    String body = response.asString();
                    String contentType = String.valueOf(response.getContentType());
                    if (status == 414 && body.isEmpty()) {
                        // A request line over the HTTP layer's own 16 KiB is refused before any route: a bare 414.
                        // (One over the services' 4,096 characters is a problem, checked as any other.)
                        continue;
                    }
                    if (op.answersWithPages() && contentType.startsWith("text/html")) {
                        continue;
                    }
                    if (!contentType.startsWith("application/problem+json")) {
                        failures.add(op.name() + " " + c + ": " + status + " not problem+json (" + contentType + ")");
                    } else if (LEAK.matcher(detail(body)).find()) {
                        failures.add(op.name() + " " + c + ": the detail leaks internals: " + detail(body));
                    }
                }
            }
            accepted += acceptedHere;
            if (acceptedHere == 0) {
                Map<String, String> after = checksums(database, ownTables);
                if (!after.equals(before)) {
                    failures.add(op.name() + ": refused requests changed stored data " + before + " -> " + after);
                }
            }
        }
        return new Outcome(cases, serverErrors, accepted, failures);
    }

    /** One generated request: path values, query values, and a body (raw bytes) or none. */
    record Case(String kind, Map<String, String> path, Map<String, String> query, byte[] body, String contentType) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return "[" + kind + " path=" + abbreviate(path.toString()) + " query=" + abbreviate(query.toString())
                    + " body=" + abbreviate(shown) + "]";
        }

        private static String abbreviate(String s) {
            return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
        }
    }

    private static Case generate(OpenApi.Operation op, Random random, int i) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        boolean hostileIds = random.nextInt(4) == 0;
        for (JsonNode parameter : op.parameters()) {
            String name = parameter.path("name").asText();
            String where = parameter.path("in").asText();
            if ("path".equals(where)) {
                path.put(name, hostileIds ? pick(HOSTILE_IDS, random) : uuidOrSample(parameter));
            } else if ("query".equals(where) && (parameter.path("required").asBoolean(false) || random.nextBoolean())) {
                query.put(
                        name,
                        random.nextInt(3) == 0
                                ? AccessMatrix.sample(parameter.path("schema"))
                                : pick(HOSTILE_VALUES, random));
            }
        }
        List<String> types = op.bodyTypes();
        if (types.isEmpty()) {
            return new Case(hostileIds ? "hostile-id" : "query", path, query, null, null);
        }
        String type = types.get(0);
        if (!"application/json".equals(type)) {
            // A file or a list: bytes of every kind, most of them not what the type says.
            byte[] bytes =
                    random.nextInt(4) == 0 ? new byte[0] : pick(RAW, random).getBytes(StandardCharsets.UTF_8);
            return new Case("raw-" + type, path, query, bytes, type);
        }
        int kind = i % 4;
        return switch (kind) {
            case 0 -> new Case("json-value", path, query, bytes(jsonValue(random)), type);
            case 1 -> new Case("mutated", path, query, bytes(mutated(op, random)), type);
            case 2 -> new Case("broken", path, query, pick(BROKEN, random), type);
            default -> new Case("mutated", path, query, bytes(mutated(op, random)), type);
        };
    }

    private static String uuidOrSample(JsonNode parameter) {
        return AccessMatrix.sample(parameter.path("schema"));
    }

    /** A plausible body from the schema (every property given a sample) with one property made hostile. */
    private static String mutated(OpenApi.Operation op, Random random) {
        JsonNode schema = op.jsonBodySchema();
        ObjectNode body = MAPPER.createObjectNode();
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            names.add(property.getKey());
            body.set(property.getKey(), plausible(op, op.resolve(property.getValue()), 0));
        }
        if (names.isEmpty()) {
            return jsonValue(random);
        }
        String victim = names.get(random.nextInt(names.size()));
        String hostile = jsonValue(random);
        try {
            body.set(victim, MAPPER.readTree(hostile));
        } catch (java.io.IOException e) {
            body.put(victim, hostile);
        }
        return body.toString();
    }

    private static JsonNode plausible(OpenApi.Operation op, JsonNode schema, int depth) {
        String type = schema.path("type").asText("");
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        return switch (type) {
            case "integer", "number" -> MAPPER.getNodeFactory().numberNode(1);
            case "boolean" -> MAPPER.getNodeFactory().booleanNode(true);
            case "array" -> {
                var array = MAPPER.createArrayNode();
                if (depth < 3) {
                    array.add(plausible(op, op.resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = MAPPER.createObjectNode();
                if (depth < 3) {
                    schema.path("properties")
                            .fields()
                            .forEachRemaining(
                                    p -> object.set(p.getKey(), plausible(op, op.resolve(p.getValue()), depth + 1)));
                }
                yield object;
            }
            default -> MAPPER.getNodeFactory().textNode(AccessMatrix.sample(schema));
        };
    }

    private static Response send(OpenApi.Operation op, Case c, String token) {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(true);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request = request.pathParams(c.path());
        for (Map.Entry<String, String> q : c.query().entrySet()) {
            request = request.queryParam(q.getKey(), q.getValue());
        }
        if (c.body() != null) {
            // RestAssured encodes a form from text only.
            request = c.contentType().startsWith("application/x-www-form-urlencoded")
                    ? request.contentType(c.contentType()).body(new String(c.body(), StandardCharsets.UTF_8))
                    : request.contentType(c.contentType()).body(c.body());
        }
        return request.request(op.method(), op.path());
    }

    private static String detail(String body) {
        try {
            return MAPPER.readTree(body).path("detail").asText("");
        } catch (java.io.IOException e) {
            return body;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ generators

    // jqwik's generators, drawn with the run's own Random. Each "one of" below is a list; pick draws one of its
    // members.

    private static final Arbitrary<String> LONG_STRINGS =
            Arbitraries.strings().withCharRange('a', 'z').ofLength(10_000);

    /** Texts of every kind: empty, blank, control characters, any Unicode, very long. */
    private static final List<Arbitrary<String>> TEXTS = List.of(
            Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
            Arbitraries.of(
                    "",
                    " ",
                    "\u0000",
                    "\t\n",
                    "null",
                    "<script>alert(1)</script>",
                    "' or '1'='1",
                    "e\u0301",
                    "\uD83D\uDE00",
                    "\u202Eevil",
                    "../../etc/passwd",
                    "%00",
                    "${jndi:ldap://x}"),
            LONG_STRINGS);

    private static final Arbitrary<String> NUMBERS = Arbitraries.of(
            "0",
            "-1",
            "-0",
            "1e309",
            "-1e309",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "1.5",
            "1e-400",
            "0.0000000000000000000001",
            "99999999999999999999999999");

    private static final Arbitrary<String> SHAPES =
            Arbitraries.of("null", "true", "false", "[]", "{}", "[null]", "[[]]", "{\"\":null}", "[1,\"a\",null,{}]");

    private static final Arbitrary<String> DEEP_ARRAYS =
            Arbitraries.integers().between(1, 60).map(n -> "[".repeat(n) + "]".repeat(n));

    private static final Arbitrary<String> DEEP_OBJECTS =
            Arbitraries.integers().between(1, 30).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));

    /** A well-formed JSON text of a random shape: the hostile value of one property, or a whole body. */
    private static String jsonValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> quoted(pick(TEXTS, random));
            case 1 -> draw(NUMBERS, random);
            case 2 -> draw(SHAPES, random);
            case 3 -> draw(DEEP_ARRAYS, random);
            case 4 -> draw(DEEP_OBJECTS, random);
            default -> {
                List<String> items = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    items.add(quoted(pick(TEXTS, random)));
                }
                yield items.toString();
            }
        };
    }

    /** Bytes that are not well-formed JSON, or are JSON at its limits. */
    private static final List<Arbitrary<byte[]>> BROKEN = List.of(
            Arbitraries.of(
                            "",
                            "{",
                            "}",
                            "{\"a\":",
                            "{\"a\" 1}",
                            "{'a':1}",
                            "[1,]",
                            "{\"a\":1,}",
                            "nul",
                            "\"unterminated",
                            "{\"a\":1,\"a\":2}",
                            "{\"a\":NaN}",
                            "{\"a\":Infinity}",
                            "// comment\n{}",
                            "{}{}",
                            "\uFEFF{}")
                    .map(HostileInput::bytes),
            Arbitraries.of(
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                    new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
                    new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}),
            Arbitraries.integers().between(900, 3000).map(n -> bytes("[".repeat(n) + "]".repeat(n))),
            Arbitraries.strings().all().ofMaxLength(200).map(HostileInput::bytes));

    /** Raw bodies for files and lists. */
    private static final List<Arbitrary<String>> RAW = List.of(
            Arbitraries.strings().all().ofMaxLength(500),
            Arbitraries.of(
                    "%PDF-1.7\n",
                    "%PDF-",
                    "PK\u0003\u0004",
                    "\u0089PNG\r\n\u001a\n",
                    "name,status,year\n,,\n",
                    "name,status,year\n\"unterminated,special,1990\n",
                    "a;b;c\n1;2;3"));

    /** Path ids that are no ids: empty-ish, numbers, traversal, Unicode, long. */
    private static final List<Arbitrary<String>> HOSTILE_IDS = List.of(
            Arbitraries.of(
                    "-1",
                    "0",
                    "00000000-0000-0000-0000-000000000000",
                    "not-a-uuid",
                    "..",
                    "%2e%2e",
                    " ",
                    "\u0000",
                    "9999999999999999999999",
                    "' or 1=1 --",
                    "\uD83D\uDE00",
                    "a".repeat(1500)),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60));

    /** Query values on a boundary or of the wrong type. */
    private static final List<Arbitrary<String>> HOSTILE_VALUES = List.of(
            NUMBERS,
            TEXTS.get(0),
            TEXTS.get(1),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(1_500));

    private static <T> T draw(Arbitrary<T> arbitrary, Random random) {
        return arbitrary.generator(100).next(random).value();
    }

    private static <T> T pick(List<Arbitrary<T>> choices, Random random) {
        return draw(choices.get(random.nextInt(choices.size())), random);
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ stored data

    /** The tables' checksums once they have stopped changing (consumers may still be applying earlier events). */
    private static Map<String, String> settled(DataSource database, Set<String> tables) {
        Map<String, String>[] last = new Map[] {checksums(database, tables)};
        return Awaitility.await("the tables to settle")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            Map<String, String> now = checksums(database, tables);
                            boolean same = now.equals(last[0]);
                            last[0] = now;
                            return same ? now : null;
                        },
                        settled -> settled != null);
    }

    /** An MD5 of each table's rows, in a stable order. */
    static Map<String, String> checksums(DataSource database, Set<String> tables) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : tables.stream().sorted().toList()) {
                if (!table.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a table name: " + table);
                }
                try (ResultSet rows = statement.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by"
                        + " t::text), '')) || ':' || count(*) from " + table + " t")) {
                    rows.next();
                    sums.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables " + tables, e);
        }
        return sums;
    }
}
