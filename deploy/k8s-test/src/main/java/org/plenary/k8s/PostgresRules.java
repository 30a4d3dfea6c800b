package org.plenary.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.k8s.Rendering.EnvValue;
import org.plenary.k8s.Rendering.PostgresCluster;
import org.plenary.k8s.Rendering.Workload;

/**
 * The CloudNativePG cluster, its databases and logins: each service connects to its own database on the
 * read-write service, with the login Secret of the database's owner, and every replica the overlay can run gets
 * its connections.
 */
final class PostgresRules extends Rules {

    /** Connections PostgreSQL keeps for superusers and CloudNativePG's own use, beyond the services'. */
    static final int RESERVED_CONNECTIONS = 13;
    /** Keycloak's db-pool-max-size when its CR sets no spec.db.poolMaxSize. */
    static final int KEYCLOAK_DEFAULT_POOL = 100;

    PostgresRules(Rendering r) {
        super(r);
    }

    void readPostgres() {
        for (K8sObject cluster : m.ofKind("Cluster")) {
            if (!String.valueOf(cluster.at("apiVersion")).startsWith("postgresql.cnpg.io/")) {
                continue;
            }
            Map<String, String> owners = new TreeMap<>();
            Map<String, String> secrets = new TreeMap<>();
            Object initdb = cluster.at("spec", "bootstrap", "initdb");
            if (initdb != null) {
                String database =
                        Optional.ofNullable(Yaml.string(initdb, "database")).orElse("app");
                String owner = Optional.ofNullable(Yaml.string(initdb, "owner")).orElse(database);
                owners.put(database, owner);
                secrets.put(
                        owner,
                        Optional.ofNullable(Yaml.string(initdb, "secret", "name"))
                                .orElse(cluster.name() + "-app"));
            }
            for (Object role : Yaml.list(cluster.raw(), "spec", "managed", "roles")) {
                String name = Yaml.string(role, "name");
                if ("absent".equals(Yaml.string(role, "ensure"))) {
                    continue;
                }
                String secret = Yaml.string(role, "passwordSecret", "name");
                if (!Yaml.isTrue(role, "login")) {
                    fail("%s: managed role %s cannot log in (login: true is missing)", cluster.id(), name);
                } else if (secret == null) {
                    fail("%s: managed role %s has no passwordSecret", cluster.id(), name);
                } else {
                    secrets.put(name, secret);
                }
            }
            Integer instances = Yaml.integer(cluster.raw(), "spec", "instances");
            Integer max = Yaml.integer(cluster.raw(), "spec", "postgresql", "parameters", "max_connections");
            r.postgres.put(
                    cluster.name(),
                    new PostgresCluster(
                            cluster.name(),
                            instances == null ? 1 : instances,
                            max == null ? 100 : max,
                            owners,
                            secrets));
        }
        for (K8sObject database : m.ofKind("Database")) {
            if (!String.valueOf(database.at("apiVersion")).startsWith("postgresql.cnpg.io/")
                    || "absent".equals(Yaml.string(database.raw(), "spec", "ensure"))) {
                continue;
            }
            String clusterName = Yaml.string(database.raw(), "spec", "cluster", "name");
            PostgresCluster cluster = r.postgres.get(clusterName);
            String name = Yaml.string(database.raw(), "spec", "name");
            String owner = Yaml.string(database.raw(), "spec", "owner");
            if (cluster == null) {
                fail("%s: no CloudNativePG Cluster %s", database.id(), clusterName);
            } else if (!cluster.loginSecrets().containsKey(owner)) {
                fail(
                        "%s: owner %s is no login of Cluster/%s (bootstrap.initdb owner or managed.roles)",
                        database.id(), owner, clusterName);
                cluster.databaseOwners().put(name, owner);
            } else {
                cluster.databaseOwners().put(name, owner);
            }
        }
    }

    void checkDatasource(Workload w) {
        String id = w.deployment().id();
        String reactive = config(w, "quarkus.datasource.reactive.url", null);
        String jdbc = config(w, "quarkus.datasource.jdbc.url", null);
        if (reactive == null || jdbc == null) {
            fail("%s: QUARKUS_DATASOURCE_REACTIVE_URL and QUARKUS_DATASOURCE_JDBC_URL must both be set", id);
            return;
        }
        Matcher reactiveUrl = POSTGRES_URL.matcher(reactive);
        Matcher jdbcUrl = POSTGRES_URL.matcher(jdbc);
        if (!reactiveUrl.matches() || !jdbcUrl.matches()) {
            fail("%s: datasource URLs %s / %s are not PostgreSQL URLs", id, reactive, jdbc);
            return;
        }
        if (!reactiveUrl.group(1).equals(jdbcUrl.group(1))
                || !reactiveUrl.group(3).equals(jdbcUrl.group(3))) {
            fail(
                    "%s: the reactive URL (%s) and the JDBC URL Flyway migrates (%s) are different databases",
                    id, reactive, jdbc);
        }
        String database = reactiveUrl.group(3);
        if (!database.equals(w.spec().database())) {
            fail(
                    "%s: connects to database %s, but the service's database is %s",
                    id, database, w.spec().database());
        }
        w.source().flatMap(s -> s.property("quarkus.datasource.reactive.url")).ifPresent(own -> {
            Matcher o = POSTGRES_URL.matcher(own);
            if (o.matches() && !o.group(3).equals(database)) {
                fail(
                        "%s: connects to database %s, the service's application.properties to %s",
                        id, database, o.group(3));
            }
        });
        PostgresCluster cluster = null;
        for (PostgresCluster candidate : r.postgres.values()) {
            if (reactiveUrl
                    .group(1)
                    .matches(Pattern.quote(candidate.name() + "-rw") + "(\\." + Pattern.quote(r.namespace)
                            + "(\\.svc(\\.cluster\\.local)?)?)?")) {
                cluster = candidate;
            }
        }
        if (cluster == null) {
            fail(
                    "%s: %s is no CloudNativePG read-write service (<cluster>-rw) of %s",
                    id, reactiveUrl.group(1), r.postgres.keySet());
            return;
        }
        if (reactiveUrl.group(2) != null && !reactiveUrl.group(2).equals("5432")) {
            fail("%s: PostgreSQL listens on 5432, not %s", id, reactiveUrl.group(2));
        }
        String owner = cluster.databaseOwners().get(database);
        if (owner == null) {
            fail(
                    "%s: Cluster/%s has no database %s (bootstrap.initdb or a Database resource)",
                    id, cluster.name(), database);
            return;
        }
        String secret = cluster.loginSecrets().get(owner);
        if (secret == null) {
            return; // reported with the Database
        }
        for (String[] expected :
                new String[][] {{"QUARKUS_DATASOURCE_USERNAME", "username"}, {"QUARKUS_DATASOURCE_PASSWORD", "password"}
                }) {
            EnvValue value = w.env().get(expected[0]);
            if (value == null || !secret.equals(value.secret()) || !expected[1].equals(value.key())) {
                fail(
                        "%s: %s must come from key %s of Secret/%s (the login %s of database %s), not %s",
                        id,
                        expected[0],
                        expected[1],
                        secret,
                        owner,
                        database,
                        value == null ? "nowhere" : value.origin() + " " + value.key());
            }
        }
        m.find("Secret", secret).ifPresent(object -> {
            Map<String, String> data = secretData(object);
            if (!"kubernetes.io/basic-auth".equals(Yaml.string(object.raw(), "type"))) {
                fail("%s: CloudNativePG wants type kubernetes.io/basic-auth", object.id());
            }
            if (!owner.equals(data.get("username")) || !data.containsKey("password")) {
                fail("%s: username must be %s and a password must be set", object.id(), owner);
            }
        });
    }

    /**
     * Each replica opens up to quarkus.datasource.reactive.max-size + jdbc.max-size connections (Quarkus
     * defaults 20 each), and one more on which the outbox relay listens for commits. A service whose module does not exist yet is counted like the largest existing one
     * (every service copies accreditation's settings).
     */
    void checkConnectionBudget() {
        int largest = 0;
        for (Workload w : r.workloads) {
            if (w.source().isPresent()) {
                largest = Math.max(largest, connectionsPerReplica(w));
            }
        }
        for (PostgresCluster cluster : r.postgres.values()) {
            int total = 0;
            List<String> parts = new ArrayList<>();
            for (Workload w : r.workloads) {
                String reactive = String.valueOf(config(w, "quarkus.datasource.reactive.url", ""));
                if (!reactive.matches(
                        "^(?:vertx-reactive:)?postgres(?:ql)?://" + Pattern.quote(cluster.name()) + "-rw[.:/].*")) {
                    continue;
                }
                int perReplica = w.source().isPresent() || largest == 0 ? connectionsPerReplica(w) : largest;
                total += maxReplicas(w) * perReplica;
                parts.add(w.name() + " " + maxReplicas(w) + "x" + perReplica);
            }
            // Keycloak's instances on the same cluster, each with its pool (Keycloak's db-pool-max-size, 100 by
            // default).
            for (K8sObject keycloak : m.ofKind("Keycloak")) {
                String host = String.valueOf(Yaml.string(keycloak.raw(), "spec", "db", "host"));
                if (!host.replaceAll("-rw(\\..*)?$", "").equals(cluster.name())) {
                    continue;
                }
                int instances = java.util.Optional.ofNullable(Yaml.integer(keycloak.raw(), "spec", "instances"))
                        .orElse(1);
                int pool = java.util.Optional.ofNullable(Yaml.integer(keycloak.raw(), "spec", "db", "poolMaxSize"))
                        .orElse(KEYCLOAK_DEFAULT_POOL);
                total += instances * pool;
                parts.add(keycloak.id() + " " + instances + "x" + pool);
            }
            int available = cluster.maxConnections() - RESERVED_CONNECTIONS;
            if (total > available) {
                fail(
                        "Cluster/%s: the services may open %d connections (%s), max_connections %d leaves %d",
                        cluster.name(), total, String.join(", ", parts), cluster.maxConnections(), available);
            }
        }
    }

    private int connectionsPerReplica(Workload w) {
        Integer reactive = Yaml.toInteger(config(w, "quarkus.datasource.reactive.max-size", "20"));
        Integer jdbc = Yaml.toInteger(config(w, "quarkus.datasource.jdbc.max-size", "20"));
        // The outbox relay's LISTEN connection (plenary.outbox.listen, on by default).
        int listen = "false".equalsIgnoreCase(String.valueOf(config(w, "plenary.outbox.listen", "true"))) ? 0 : 1;
        return (reactive == null ? 20 : reactive) + (jdbc == null ? 20 : jdbc) + listen;
    }
}
