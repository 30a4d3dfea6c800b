package org.plenary.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.k8s.Rendering.PostgresCluster;
import org.plenary.k8s.Rendering.Workload;

/**
 * Keycloak, as the Keycloak operator runs it: one {@code Keycloak} on a rendered CloudNativePG cluster's primary,
 * with a database of that cluster and its owner's login Secret; the realm {@code plenary} imported by a
 * {@code KeycloakRealmImport} without anything local only (users other than service accounts, client secrets,
 * password grants, SMTP settings); every
 * service trusts that realm's issuer at Keycloak's hostname and fetches its JWKS from Keycloak's Service.
 */
final class KeycloakRules extends Rules {

    static final String REALM = "plenary";
    static final String AUDIENCE = "plenary-api";

    KeycloakRules(Rendering r) {
        super(r);
    }

    private Optional<K8sObject> keycloak() {
        List<K8sObject> all = m.ofKind("Keycloak");
        if (all.size() != 1) {
            fail("Exactly one Keycloak (k8s.keycloak.org) is expected; found %d", all.size());
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    /** The issuer the realm's tokens name: Keycloak's hostname and the realm. */
    static String issuer(K8sObject keycloak) {
        return String.valueOf(Yaml.string(keycloak.raw(), "spec", "hostname", "hostname"))
                        .replaceAll("/+$", "") + "/realms/" + REALM;
    }

    /** Where the services fetch the realm's keys: the operator's Service {@code <name>-service}. */
    static String jwks(K8sObject keycloak) {
        Integer port = Optional.ofNullable(Yaml.integer(keycloak.raw(), "spec", "http", "httpPort"))
                .orElse(8080);
        return "http://" + keycloak.name() + "-service:" + port + "/realms/" + REALM + "/protocol/openid-connect/certs";
    }

    void checkKeycloak() {
        keycloak().ifPresent(keycloak -> {
            checkDatabase(keycloak);
            checkRealmImport(keycloak);
            if (!Boolean.TRUE.equals(Yaml.at(keycloak.raw(), "spec", "http", "httpEnabled"))
                    && Yaml.at(keycloak.raw(), "spec", "http", "tlsSecret") == null) {
                fail("%s: neither spec.http.httpEnabled nor a tlsSecret: the services cannot reach it", keycloak.id());
            }
        });
    }

    private void checkDatabase(K8sObject keycloak) {
        String host = String.valueOf(Yaml.string(keycloak.raw(), "spec", "db", "host"));
        String cluster = host.replaceAll("-rw(\\..*)?$", "");
        PostgresCluster postgres = r.postgres.get(cluster);
        if (!"postgres".equals(Yaml.string(keycloak.raw(), "spec", "db", "vendor"))
                || postgres == null
                || !host.startsWith(cluster + "-rw")) {
            fail(
                    "%s: spec.db must be vendor postgres on a rendered Cluster's primary (<cluster>-rw), not %s",
                    keycloak.id(), host);
            return;
        }
        String database = Yaml.string(keycloak.raw(), "spec", "db", "database");
        String owner = postgres.databaseOwners().get(database);
        if (owner == null) {
            fail("%s: database %s is not a database of Cluster/%s", keycloak.id(), database, cluster);
            return;
        }
        String loginSecret = postgres.loginSecrets().get(owner);
        for (String field : List.of("usernameSecret", "passwordSecret")) {
            String secret = Yaml.string(keycloak.raw(), "spec", "db", field, "name");
            if (secret == null || !secret.equals(loginSecret)) {
                fail(
                        "%s: spec.db.%s must be %s, the Secret of the database's owner %s",
                        keycloak.id(), field, loginSecret, owner);
            }
        }
    }

    private void checkRealmImport(K8sObject keycloak) {
        Optional<K8sObject> found = m.ofKind("KeycloakRealmImport").stream()
                .filter(i -> keycloak.name().equals(Yaml.string(i.raw(), "spec", "keycloakCRName")))
                .filter(i -> REALM.equals(Yaml.string(i.raw(), "spec", "realm", "realm")))
                .findFirst();
        if (found.isEmpty()) {
            fail("No KeycloakRealmImport of realm %s for %s", REALM, keycloak.id());
            return;
        }
        K8sObject realmImport = found.get();
        Object realm = Yaml.at(realmImport.raw(), "spec", "realm");
        for (Object user : Yaml.list(realm, "users")) {
            // Only service accounts, with no password and no realm role: demo users are local only.
            String name = Yaml.string(user, "username");
            if (Yaml.string(user, "serviceAccountClientId") == null) {
                fail("%s: imports user %s: demo users and their passwords are local only", realmImport.id(), name);
            } else if (!Yaml.list(user, "credentials").isEmpty()
                    || !Yaml.list(user, "realmRoles").isEmpty()) {
                fail(
                        "%s: service account %s has credentials or realm roles: it needs its client's secret and"
                                + " realm-management roles only",
                        realmImport.id(), name);
            }
        }
        if (Yaml.at(realm, "smtpServer") != null) {
            fail("%s: carries the local SMTP settings: the cluster's relay is set in Keycloak", realmImport.id());
        }
        if (!Boolean.TRUE.equals(Yaml.at(realm, "organizationsEnabled"))) {
            fail(
                    "%s: Organizations are not enabled: tokens would not name the member's organisation",
                    realmImport.id());
        }
        List<Object> roles = Yaml.list(realm, "roles", "realm").stream()
                .map(role -> (Object) Yaml.string(role, "name"))
                .toList();
        if (!roles.containsAll(List.of("secretariat", "organisation", "state"))) {
            fail("%s: realm roles %s lack one of secretariat, organisation, state", realmImport.id(), roles);
        }
        for (Object client : Yaml.list(realm, "clients")) {
            String id = Yaml.string(client, "clientId");
            if (Yaml.at(client, "secret") != null) {
                fail("%s: client %s carries a secret: no secret value in Git", realmImport.id(), id);
            }
            if (Boolean.TRUE.equals(Yaml.at(client, "directAccessGrantsEnabled"))) {
                fail("%s: client %s allows the password grant: local runs and tests only", realmImport.id(), id);
            }
            if (serviceAccountOnly(client)) {
                continue; // signs in no user: its tokens call Keycloak's Admin REST API, not the services
            }
            List<Map<String, String>> mappers = Yaml.list(client, "protocolMappers").stream()
                    .map(mapper -> Map.of(
                            "type", String.valueOf(Yaml.string(mapper, "protocolMapper")),
                            "audience", String.valueOf(Yaml.string(mapper, "config", "included.custom.audience")),
                            "claim", String.valueOf(Yaml.string(mapper, "config", "claim.name"))))
                    .toList();
            requireMapper(realmImport, id, mappers, "oidc-audience-mapper", "audience", AUDIENCE);
            requireMapper(realmImport, id, mappers, "oidc-usermodel-realm-role-mapper", "claim", "groups");
            requireMapper(realmImport, id, mappers, "oidc-usermodel-attribute-mapper", "claim", "state");
            requireMapper(realmImport, id, mappers, "oidc-organization-membership-mapper", "claim", "organization");
        }
    }

    /** A client that only has a service account: no browser sign-in, no password grant, no implicit flow. */
    static boolean serviceAccountOnly(Object client) {
        return Boolean.TRUE.equals(Yaml.at(client, "serviceAccountsEnabled"))
                && Boolean.FALSE.equals(Yaml.at(client, "standardFlowEnabled"))
                && !Boolean.TRUE.equals(Yaml.at(client, "implicitFlowEnabled"))
                && !Boolean.TRUE.equals(Yaml.at(client, "directAccessGrantsEnabled"));
    }

    private void requireMapper(
            K8sObject realmImport,
            String client,
            List<Map<String, String>> mappers,
            String type,
            String key,
            String value) {
        if (mappers.stream().noneMatch(mapper -> type.equals(mapper.get("type")) && value.equals(mapper.get(key)))) {
            fail("%s: client %s has no %s with %s %s", realmImport.id(), client, type, key, value);
        }
    }

    /** The service trusts the realm's issuer at Keycloak's hostname and fetches its keys from Keycloak's Service. */
    void checkTokenVerification(Workload w) {
        keycloak().ifPresent(keycloak -> {
            String id = w.deployment().id();
            String issuer = config(w, "plenary.jwt.issuer", "");
            if (!issuer.equals(issuer(keycloak))) {
                fail(
                        "%s: PLENARY_JWT_ISSUER is %s, not %s (the realm at Keycloak's hostname)",
                        id, issuer, issuer(keycloak));
            }
            String location = config(w, "mp.jwt.verify.publickey.location", "");
            if (!location.equals(jwks(keycloak))) {
                fail(
                        "%s: MP_JWT_VERIFY_PUBLICKEY_LOCATION is %s, not the realm's JWKS %s",
                        id, location, jwks(keycloak));
            }
        });
    }
}
