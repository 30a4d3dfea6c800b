package org.plenary.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads: its application.properties (profile-free values), the platform's defaults, and the
 * properties its Java code and the platform's name ({@code @ConfigProperty}, {@code @ConfigMapping} prefixes,
 * {@code ${...}} expressions).
 */
public final class ServiceSource {

    /**
     * Quarkus and MicroProfile properties a deployment may set although no properties file of the service names
     * them: they belong to extensions every service has (HTTP, datasource, Kafka, JWT, logging).
     */
    static final Set<String> WELL_KNOWN_PROPERTIES = Set.of(
            "quarkus.http.port",
            "quarkus.http.host",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.datasource.reactive.url",
            "quarkus.datasource.reactive.max-size",
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.jdbc.max-size",
            "kafka.bootstrap.servers",
            // The Kafka clients' TLS and login (Quarkus passes every kafka.* property to them).
            "kafka.security.protocol",
            "kafka.sasl.mechanism",
            "kafka.sasl.jaas.config",
            "kafka.ssl.truststore.type",
            "kafka.ssl.truststore.location",
            // The reactive PostgreSQL client's TLS.
            "quarkus.datasource.reactive.postgresql.ssl-mode",
            "quarkus.datasource.reactive.trust-certificate-pem",
            "quarkus.datasource.reactive.trust-certificate-pem.certs",
            "quarkus.datasource.reactive.hostname-verification-algorithm",
            // The issuer an OIDC web application (the portal) expects in its tokens.
            "quarkus.oidc.token.issuer",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer",
            "quarkus.log.level");

    /** Variables the image's run-java.sh reads (registry.access.redhat.com/ubi9/openjdk-17-runtime). */
    static final Set<String> IMAGE_VARIABLES =
            Set.of("JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_MAX_INITIAL_MEM");

    private static final Pattern CONFIG_PROPERTY =
            Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING =
            Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::[^}]*)?}");

    private final String name;
    private final Path dir;
    private final Map<String, String> properties;
    private final Set<String> known;
    private final Set<String> prefixes;
    private final String pom;

    private ServiceSource(
            String name,
            Path dir,
            Map<String, String> properties,
            Set<String> known,
            Set<String> prefixes,
            String pom) {
        this.name = name;
        this.dir = dir;
        this.properties = properties;
        this.known = known;
        this.prefixes = prefixes;
        this.pom = pom;
    }

    static ServiceSource read(Path serviceDir, Path platformDir) {
        Properties own = load(serviceDir.resolve("src/main/resources/application.properties"));
        Properties platform = load(platformDir.resolve("src/main/resources/META-INF/microprofile-config.properties"));
        Map<String, String> values = new LinkedHashMap<>();
        platform.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .forEach(k -> values.put(k, platform.getProperty(k)));
        own.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .forEach(k -> values.put(k, own.getProperty(k)));

        Set<String> known = new TreeSet<>(WELL_KNOWN_PROPERTIES);
        Set<String> prefixes = new TreeSet<>();
        for (Properties file : new Properties[] {own, platform}) {
            for (String key : file.stringPropertyNames()) {
                known.add(withoutProfile(key));
                expressions(file.getProperty(key), known);
            }
        }
        for (Path sources : new Path[] {serviceDir.resolve("src/main/java"), platformDir.resolve("src/main/java")}) {
            javaSources(sources).forEach(text -> {
                Matcher property = CONFIG_PROPERTY.matcher(text);
                while (property.find()) {
                    known.add(property.group(1));
                }
                Matcher mapping = CONFIG_MAPPING.matcher(text);
                while (mapping.find()) {
                    prefixes.add(mapping.group(1));
                }
                expressions(text, known);
            });
        }
        return new ServiceSource(
                serviceDir.getFileName().toString(),
                serviceDir,
                Map.copyOf(values),
                Set.copyOf(known),
                Set.copyOf(prefixes),
                Repo.read(serviceDir.resolve("pom.xml")));
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    /** The value the service runs with when nothing overrides it (no profile: the prod values). */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** Every property name the service reads, in one form or another. */
    public Set<String> knownProperties() {
        return known;
    }

    /** Topics named in the service's own application.properties ({@code ...topic=} lines, no profile). */
    public Set<String> topics() {
        Set<String> result = new TreeSet<>();
        Properties own = load(dir.resolve("src/main/resources/application.properties"));
        own.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%") && k.endsWith(".topic"))
                .forEach(k -> result.add(own.getProperty(k).trim()));
        return result;
    }

    /** The service's own application.properties, without profile-specific lines. */
    public Map<String, String> ownProperties() {
        Properties own = load(dir.resolve("src/main/resources/application.properties"));
        Map<String, String> result = new java.util.TreeMap<>();
        own.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .forEach(k -> result.put(k, own.getProperty(k).trim()));
        return result;
    }

    /** The text of every Java source file of the service (not the platform's). */
    public List<String> javaSources() {
        return javaSources(dir.resolve("src/main/java")).toList();
    }

    /** The artifactIds its pom names (its own, its parent's, its dependencies' and plugins'). */
    public Set<String> artifactIds() {
        Set<String> result = new TreeSet<>();
        Matcher m =
                Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>").matcher(pom);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    /** Whether the environment variable is a property the service reads, or one the image's launcher reads. */
    public boolean reads(String variable) {
        if (IMAGE_VARIABLES.contains(variable)) {
            return true;
        }
        if (known.stream().anyMatch(p -> toEnv(p).equals(variable))) {
            return true;
        }
        return prefixes.stream().anyMatch(p -> variable.startsWith(toEnv(p) + "_"));
    }

    /** The known property whose environment form is closest to the variable, for a "did you mean". */
    public Optional<String> closest(String variable) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String property : known) {
            int distance = distance(toEnv(property), variable);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = property;
            }
        }
        return bestDistance <= Math.max(3, variable.length() / 5) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Whether the service has SmallRye Health (directly, or through the platform module). */
    public boolean hasHealth() {
        return pom.contains("<artifactId>quarkus-smallrye-health</artifactId>")
                || pom.contains("<artifactId>platform</artifactId>");
    }

    /**
     * The environment variable for a property, as SmallRye Config maps them: every character that is not a
     * letter or a digit becomes _, then upper case.
     */
    public static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static void expressions(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try {
                properties.load(new StringReader(Repo.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static Stream<String> javaSources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Repo::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
