package org.plenary.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Puts the service's runtime connections to PostgreSQL behind a {@link TcpProxy} that a test cuts and restores, to
 * show what the service does while its database is away (a restart, a fail-over). Flyway's JDBC connection at
 * start-up goes to the database directly. Init argument {@code database}: the database's name.
 */
public class DatabaseOutage implements QuarkusTestResourceLifecycleManager {

    public static final String SERVER_HOST = "localhost";
    public static final int SERVER_PORT = 5432;
    private static volatile TcpProxy proxy;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("DatabaseOutage needs the init argument 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        proxy = new TcpProxy(SERVER_HOST, SERVER_PORT);
        proxy.open();
        return Map.of("quarkus.datasource.reactive.url", "postgresql://localhost:" + proxy.port() + "/" + database);
    }

    /** Cuts the service off from its database: open connections are cut, new ones refused. */
    public static void cut() {
        proxy.close();
    }

    /** Gives the database back. */
    public static void restore() {
        proxy.open();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
