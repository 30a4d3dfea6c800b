package org.plenary.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One service run as its own process from its packaged build ({@code target/quarkus-app/quarkus-run.jar}),
 * on its own port (its management interface, with health, on that port + 1000) and its own {@code <db>_e2e}
 * database, wiped at start, verifying the tokens of the local Keycloak's realm {@code plenary} by its JWKS
 * (override with {@link #env}).
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final String database;
    private final Path root;
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private Process process;

    ServiceProcess(Path root, String name, int port, String database) {
        this.root = root;
        this.name = name;
        this.port = port;
        this.database = database;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** The management interface: health, metrics, the OpenAPI document, Swagger UI. */
    String managementUrl() {
        return "http://localhost:" + (port + 1000);
    }

    ServiceProcess env(String key, String value) {
        extraEnv.put(key, value);
        return this;
    }

    /** Starts the process and waits until it is ready. */
    ServiceProcess start(boolean wipeDatabase) throws IOException {
        Path jar = root.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify from the root)");
        }
        Path logs = root.resolve("deploy/e2e/target/e2e-logs");
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logs.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(port + 1000));
        env.put("QUARKUS_DATASOURCE_USERNAME", database);
        env.put("QUARKUS_DATASOURCE_PASSWORD", database);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:5432/" + database + "_e2e");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/" + database + "_e2e");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(wipeDatabase));
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        env.put("PLENARY_JWT_ISSUER", KeycloakTokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", KeycloakTokens.JWKS);
        env.putAll(extraEnv);
        process = builder.start();
        Awaitility.await(name + " ready on " + port)
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(this::ready);
        return this;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " stopped while starting; see deploy/e2e/target/e2e-logs/" + name + ".log");
        }
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
