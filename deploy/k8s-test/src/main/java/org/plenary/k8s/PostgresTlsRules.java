package org.plenary.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.plenary.k8s.Rendering.Workload;

/**
 * Every service's connections to PostgreSQL verify the server: TLS with {@code sslmode=verify-full} for both the
 * reactive client and the JDBC URL Flyway migrates with, against CloudNativePG's CA certificate (key {@code ca.crt} of
 * the Secret {@code <cluster>-ca}, mounted without the CA's private key), and the host name checked; the cluster
 * refuses connections without TLS.
 */
final class PostgresTlsRules extends Rules {

    static final String VERIFY_FULL = "verify-full";

    PostgresTlsRules(Rendering r) {
        super(r);
    }

    /** The cluster refuses a connection without TLS before any password is asked for. */
    void checkClusters() {
        for (K8sObject cluster : m.ofKind("Cluster")) {
            if (!String.valueOf(cluster.at("apiVersion")).startsWith("postgresql.cnpg.io/")) {
                continue;
            }
            boolean refusesPlain = Yaml.list(cluster.raw(), "spec", "postgresql", "pg_hba").stream()
                    .map(line -> String.valueOf(line).trim().split("\\s+"))
                    .anyMatch(f -> f.length == 5
                            && f[0].equals("hostnossl")
                            && f[1].equals("all")
                            && f[2].equals("all")
                            && f[3].equals("all")
                            && f[4].equals("reject"));
            if (!refusesPlain) {
                fail(
                        "%s: spec.postgresql.pg_hba has no 'hostnossl all all all reject': connections without TLS"
                                + " are accepted",
                        cluster.id());
            }
        }
    }

    void checkDatasource(Workload w) {
        String id = w.deployment().id();
        String reactive = config(w, "quarkus.datasource.reactive.url", null);
        String jdbc = config(w, "quarkus.datasource.jdbc.url", null);
        if (reactive == null || jdbc == null) {
            return; // PostgresRules reports it
        }
        Matcher url = POSTGRES_URL.matcher(reactive);
        if (!url.matches()) {
            return; // PostgresRules reports it
        }
        String cluster = url.group(1).replaceAll("-rw(\\..*)?$", "");
        String caSecret = cluster + "-ca";

        // The reactive client: ssl-mode (or the URL's sslmode), the CA file, the host name check.
        Map<String, String> reactiveParameters = parameters(reactive);
        String mode = Optional.ofNullable(config(w, "quarkus.datasource.reactive.postgresql.ssl-mode", null))
                .orElse(reactiveParameters.getOrDefault("sslmode", "disable"));
        if (!VERIFY_FULL.equals(mode)) {
            fail("%s: the reactive datasource's sslmode is %s, not verify-full: the server is not verified", id, mode);
        }
        if ("true".equals(config(w, "quarkus.datasource.reactive.trust-all", "false"))) {
            fail("%s: quarkus.datasource.reactive.trust-all trusts any server certificate", id);
        }
        String algorithm = config(w, "quarkus.datasource.reactive.hostname-verification-algorithm", "NONE");
        if (!"HTTPS".equalsIgnoreCase(algorithm)) {
            fail(
                    "%s: quarkus.datasource.reactive.hostname-verification-algorithm is %s: the server's name is not"
                            + " checked (HTTPS)",
                    id, algorithm);
        }
        String certs = config(w, "quarkus.datasource.reactive.trust-certificate-pem.certs", null);
        if (!"true".equals(config(w, "quarkus.datasource.reactive.trust-certificate-pem", "false")) || certs == null) {
            fail(
                    "%s: the reactive datasource trusts no CA of its own (trust-certificate-pem and its certs, the file"
                            + " ca.crt of Secret/%s)",
                    id, caSecret);
        } else {
            for (String file : certs.split(",")) {
                checkCaFile(w, "quarkus.datasource.reactive.trust-certificate-pem.certs", file.trim(), caSecret);
            }
        }

        // Flyway's JDBC URL: sslmode and sslrootcert.
        Map<String, String> jdbcParameters = parameters(jdbc);
        if (!VERIFY_FULL.equals(jdbcParameters.get("sslmode"))) {
            fail(
                    "%s: the JDBC URL Flyway migrates with has sslmode %s, not verify-full: the server is not verified",
                    id, jdbcParameters.getOrDefault("sslmode", "(none: prefer)"));
        }
        if (jdbcParameters.containsKey("sslfactory")) {
            fail("%s: the JDBC URL sets sslfactory %s: the CA file decides", id, jdbcParameters.get("sslfactory"));
        }
        String rootCert = jdbcParameters.get("sslrootcert");
        if (rootCert == null) {
            fail(
                    "%s: the JDBC URL has no sslrootcert: the driver looks for ~/.postgresql/root.crt, not for the"
                            + " file ca.crt of Secret/%s",
                    id, caSecret);
        } else {
            checkCaFile(w, "the JDBC URL's sslrootcert", rootCert, caSecret);
        }
    }

    private void checkCaFile(Workload w, String setting, String path, String caSecret) {
        String id = w.deployment().id();
        Optional<SecretFile> file = secretFile(w, path);
        if (file.isEmpty()
                || !file.get().secret().equals(caSecret)
                || !"ca.crt".equals(file.get().key())) {
            fail(
                    "%s: %s is %s, which is not key ca.crt of Secret/%s (CloudNativePG's CA) on a volume",
                    id, setting, path, caSecret);
            return;
        }
        r.externalSecrets.add(caSecret);
        if (!file.get().onlyListedKeys()) {
            fail(
                    "%s: the volume with Secret/%s mounts every key, the CA's private key too: list only ca.crt",
                    id, caSecret);
        }
    }

    /** The query parameters of a URL, decoded as plainly as the drivers do. */
    static Map<String, String> parameters(String url) {
        Map<String, String> result = new LinkedHashMap<>();
        int query = url.indexOf('?');
        if (query < 0) {
            return result;
        }
        for (String pair : List.of(url.substring(query + 1).split("&"))) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                result.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return result;
    }
}
