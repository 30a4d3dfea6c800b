package org.plenary.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images that {@code deploy/images/build} wrote (in this module's pre-integration-test phase): each archive's
 * configuration, what its application layer holds, and that its entrypoint starts from the image's own unpacked
 * layers, with the image's own Java, until {@code /q/health/ready} answers on its management port. Containers
 * cannot run on this machine, so the layers are unpacked into a directory and the entrypoint runs there under
 * {@code chroot}, as the image's user, against the local PostgreSQL and Kafka.
 */
class ImagesIT {

    static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path scratch;

    /** Every application, or those named in {@code -Dplenary.images=a,b} (after {@code build a b}). */
    static Stream<Application> applications() throws IOException {
        String only = System.getProperty("plenary.images", "");
        return Application.all(ROOT).stream()
                .filter(app -> only.isBlank() || List.of(only.split(",")).contains(app.name()));
    }

    @BeforeAll
    static void mustBeRoot() throws IOException {
        assertThat(System.getProperty("user.name"))
                .as("the image test unpacks layers and runs chroot: it needs root")
                .isEqualTo("root");
        scratch = Files.createTempDirectory("plenary-images");
    }

    @AfterAll
    static void stop() throws Exception {
        if (scratch != null) {
            new ProcessBuilder("rm", "-rf", scratch.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theArchiveSaysWhoItRunsAsWhatItStartsAndWhereItCameFrom(Application app) throws Exception {
        OciArchive image = OciArchive.open(app.archive());
        Map<String, Object> config = image.config();

        assertThat(config.get("User")).as("user").isEqualTo("185:185");
        assertThat(config.get("Entrypoint")).as("entrypoint").isEqualTo(List.of("/deployments/run"));
        assertThat(config.get("WorkingDir")).isEqualTo("/deployments");
        assertThat(mapOf(config.get("ExposedPorts"))).as("exposed ports").containsOnlyKeys(app.port() + "/tcp");
        Map<String, Object> labels = mapOf(config.get("Labels"));
        assertThat(labels.get("org.opencontainers.image.title")).isEqualTo(app.name());
        assertThat(labels.get("org.opencontainers.image.version")).isEqualTo(projectVersion());
        assertThat((String) labels.get("org.opencontainers.image.revision")).startsWith(gitHead());
        assertThat((String) labels.get("org.opencontainers.image.source")).isNotBlank();
        assertThat(image.env()).containsKey("JAVA_HOME");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theApplicationLayerHoldsTheApplicationAndNothingElse(Application app) throws IOException {
        OciArchive image = OciArchive.open(app.archive());
        List<String> top = image.layerEntries(image.layers().size() - 1);

        assertThat(top).contains("deployments/quarkus-run.jar", "deployments/run");
        assertThat(top).allSatisfy(entry -> assertThat(entry).startsWith("deployments"));
        assertThat(top).noneMatch(entry -> entry.endsWith(".java") || entry.contains("/src/") || entry.contains(".m2"));
        assertThat(image.layers()).as("a base layer and the application's").hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theEntrypointStartsFromTheImagesOwnLayersUntilReady(Application app) throws Exception {
        OciArchive image = OciArchive.open(app.archive());
        Path root = scratch.resolve(app.name());
        image.unpackInto(root);
        assertThat(root.resolve("usr/lib/jvm")).as("the image's own Java").isDirectory();
        Files.createDirectories(root.resolve("tmp/files"));
        run("chown", "-R", "185:185", root.resolve("tmp/files").toString());
        provideWhatAContainerRuntimeWould(root);

        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=185:185", root.toString()));
        command.addAll(image.entrypoint());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve(app.name() + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(image.env());
        builder.environment().putAll(app.environment(port, managementPort));
        Path proc = mountProc(root);
        Process process = null;
        try {
            process = builder.start();
            awaitReadyThenStop(app, managementPort, process);
        } catch (Throwable failure) {
            // Whichever step failed (ready, stopped on SIGTERM), the process's own account of it.
            throw new AssertionError(
                    failure.getMessage() + "\n--- the last lines of " + app.name() + "'s log ---\n"
                            + tail(scratch.resolve(app.name() + ".log")),
                    failure);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            run("umount", proc.toString());
        }
    }

    /** Ready: its readiness check, on the management interface, answers. */
    private static void awaitReadyThenStop(Application app, int managementPort, Process process) throws Exception {
        Awaitility.await(app.name() + " ready from its image (log " + scratch.resolve(app.name() + ".log") + ")")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(process.isAlive())
                            .as(app.name() + " still running: " + tail(scratch.resolve(app.name() + ".log")))
                            .isTrue();
                    return status("http://localhost:" + managementPort + "/q/health/ready") == 200;
                });
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("stops within 30 s of SIGTERM")
                .isTrue();
    }

    /**
     * A container runtime gives the process {@code /proc} (the loader finds Java's libraries through
     * {@code /proc/self/exe}) and the usual devices; here, a proc mount and four device nodes, never the host's
     * {@code /dev}.
     */
    private static void provideWhatAContainerRuntimeWould(Path root) throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("dev"));
        Files.createDirectories(root.resolve("proc"));
        String[][] devices = {{"null", "3"}, {"zero", "5"}, {"random", "8"}, {"urandom", "9"}};
        for (String[] device : devices) {
            Path node = root.resolve("dev").resolve(device[0]);
            if (!Files.exists(node, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                run("mknod", "-m", "666", node.toString(), "c", "1", device[1]);
            }
        }
    }

    private static Path mountProc(Path root) throws IOException, InterruptedException {
        Path proc = root.resolve("proc");
        run("mount", "-t", "proc", "proc", proc.toString());
        return proc;
    }

    private static int status(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        // Leniently: a log cut off mid-character must not hide the failure it explains.
        List<String> lines =
                List.of(new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    private static String gitHead() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("git", "-C", ROOT.toString(), "rev-parse", "HEAD").start();
        String head = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.waitFor()).isZero();
        return head;
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        int start = pom.indexOf("<version>", pom.indexOf("<artifactId>plenary-parent</artifactId>"));
        return pom.substring(start + "<version>".length(), pom.indexOf("</version>", start));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOf(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** An application under {@code services/} that packages a Quarkus application, and where its image is. */
    record Application(String name, int port) {

        static List<Application> all(Path root) throws IOException {
            List<Application> found = new ArrayList<>();
            try (Stream<Path> modules = Files.list(root.resolve("services"))) {
                for (Path module : modules.sorted().toList()) {
                    Path properties = module.resolve("src/main/resources/application.properties");
                    if (!Files.exists(properties)) {
                        continue;
                    }
                    Files.readAllLines(properties).stream()
                            .filter(line -> line.startsWith("quarkus.http.port="))
                            .findFirst()
                            .ifPresent(line -> found.add(new Application(
                                    module.getFileName().toString(),
                                    Integer.parseInt(line.substring(line.indexOf('=') + 1)
                                            .trim()))));
                }
            }
            assertThat(found).as("applications under services/").isNotEmpty();
            return found;
        }

        Path archive() {
            return ROOT.resolve("services").resolve(name).resolve("target").resolve(name + "-image.tar");
        }

        /** The service's database login is its name without "-service" and dashes, as deploy/local makes them. */
        String database() {
            return name.replace("-service", "").replace("-", "");
        }

        /** What the Kubernetes manifests give the container, pointed at this machine's PostgreSQL and Kafka. */
        Map<String, String> environment(int port, int managementPort) {
            Map<String, String> env = new LinkedHashMap<>();
            String db = database();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            env.put("QUARKUS_DATASOURCE_USERNAME", db);
            env.put("QUARKUS_DATASOURCE_PASSWORD", db);
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:5432/" + db + "_e2e");
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/" + db + "_e2e");
            env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
            env.put("SUBMISSION_FILES_DIRECTORY", "/tmp/files");
            env.put("JAVA_OPTS_APPEND", "-Xmx256m");
            return env;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
