package org.plenary.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the repository says the manifests must match: topics, services, their sources, the version. */
public final class Repo {

    /** A line of deploy/topics.conf. */
    public record TopicLine(String name, int partitions, String cleanupPolicy, long retentionMs) {}

    /** A line of the SERVICES table in deploy/local/plenary: the service, its HTTP port and its database. */
    public record ServiceSpec(String name, int port, String database) {}

    private static final Pattern SERVICE_LINE =
            Pattern.compile("^\\s*\"([a-z][a-z0-9-]*) (\\d+) ([a-z][a-z0-9_]*)\"\\s*$");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+\\w*TOPIC\\w*\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern VERSION =
            Pattern.compile("<artifactId>plenary-parent</artifactId>\\s*<version>([^<]+)</version>");

    private final Path root;
    private final List<TopicLine> topics;
    private final List<ServiceSpec> services;
    private final Set<String> contractTopics;
    private final Map<String, String> contractConstants;
    private final String version;
    private final String k8sReadme;

    private Repo(Path root) {
        this.root = root;
        this.topics = readTopics(root.resolve("deploy/topics.conf"));
        this.services = readServices(root.resolve("deploy/local/plenary"));
        this.contractTopics = readContractTopics(root.resolve("services/event-contracts/src/main/java"));
        this.contractConstants = readContractConstants(root.resolve("services/event-contracts/src/main/java"));
        Matcher version = VERSION.matcher(read(root.resolve("pom.xml")));
        if (!version.find()) {
            throw new IllegalStateException("No project version in " + root.resolve("pom.xml"));
        }
        this.version = version.group(1).replace("-SNAPSHOT", "");
        Path readme = root.resolve("k8s/README.md");
        this.k8sReadme = Files.exists(readme) ? read(readme) : "";
    }

    public static Repo at(Path root) {
        return new Repo(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    public List<TopicLine> topics() {
        return topics;
    }

    public List<ServiceSpec> services() {
        return services;
    }

    /** Topic names declared as constants in services/event-contracts (the topics the services publish to). */
    public Set<String> contractTopics() {
        return contractTopics;
    }

    /**
     * The topic constants of services/event-contracts by the name code refers to them with,
     * {@code AccreditationEvents.APPLICATIONS_TOPIC} to {@code accreditation.application.events}.
     */
    public Map<String, String> contractConstants() {
        return contractConstants;
    }

    /** The release the images are tagged with: the project version without -SNAPSHOT. */
    public String version() {
        return version;
    }

    public String k8sReadme() {
        return k8sReadme;
    }

    /** The service's sources, when its module exists (a service being written may have manifests first). */
    public Optional<ServiceSource> source(String service) {
        Path dir = root.resolve("services").resolve(service);
        if (!Files.exists(dir.resolve("pom.xml"))
                || !Files.exists(dir.resolve("src/main/resources/application.properties"))) {
            return Optional.empty();
        }
        return Optional.of(ServiceSource.read(dir, root.resolve("services/platform")));
    }

    /**
     * The service a topic belongs to: {@code <service>.dead-letter}, or {@code <database>.<aggregate>.events}
     * where the first part is the service's database name (accreditation, registration, sideevent, submission).
     */
    public Optional<ServiceSpec> owner(String topic) {
        for (ServiceSpec spec : services) {
            if (topic.equals(spec.name() + ".dead-letter") || topic.startsWith(spec.database() + ".")) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    public Path dockerfile(String service) {
        return root.resolve("services").resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TopicLine> readTopics(Path file) {
        List<TopicLine> result = new ArrayList<>();
        for (String line : read(file).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length != 4 || !fields[1].matches("\\d+") || !fields[3].matches("forever|\\d+d")) {
                throw new IllegalStateException(
                        file + ": expected 'name partitions policy retention(forever|Nd)', got '" + line + "'");
            }
            long retention = fields[3].equals("forever")
                    ? -1
                    : Long.parseLong(fields[3].substring(0, fields[3].length() - 1)) * 86_400_000L;
            result.add(new TopicLine(fields[0], Integer.parseInt(fields[1]), fields[2], retention));
        }
        return List.copyOf(result);
    }

    private static List<ServiceSpec> readServices(Path script) {
        List<ServiceSpec> result = new ArrayList<>();
        boolean inTable = false;
        for (String line : read(script).split("\n")) {
            if (line.startsWith("SERVICES=(")) {
                inTable = true;
            } else if (inTable && line.startsWith(")")) {
                break;
            } else if (inTable) {
                Matcher m = SERVICE_LINE.matcher(line);
                if (m.matches()) {
                    result.add(new ServiceSpec(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
                }
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("No SERVICES table (\"name port database\" lines) in " + script);
        }
        return List.copyOf(result);
    }

    private static Map<String, String> readContractConstants(Path sources) {
        Map<String, String> result = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            return result;
        }
        Pattern constant = Pattern.compile("String\\s+(\\w*TOPIC\\w*)\\s*=\\s*\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String type = f.getFileName().toString().replaceFirst("\\.java$", "");
                Matcher m = constant.matcher(read(f));
                while (m.find()) {
                    result.put(type + "." + m.group(1), m.group(2));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(result);
    }

    private static Set<String> readContractTopics(Path sources) {
        Set<String> result = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = TOPIC_CONSTANT.matcher(read(f));
                while (m.find()) {
                    result.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
