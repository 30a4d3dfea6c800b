package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clients of the cluster's realm: one that signs users in carries the mappers the services read in a token;
 * one that only has a service account (a service reading Keycloak's Admin REST API) signs in no user and needs none.
 */
class RealmClientsTest {

    private static Map<String, Object> serviceAccountClient(boolean standardFlow) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", "plenary-directory-reader");
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("standardFlowEnabled", standardFlow);
        client.put("directAccessGrantsEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("serviceAccountsEnabled", true);
        return client;
    }

    private static List<String> withClient(Map<String, Object> client) {
        return Doctored.small(m -> Doctored.list(
                        Doctored.object(m, "KeycloakRealmImport", "plenary-realm")
                                .raw(),
                        "spec",
                        "realm",
                        "clients")
                .add(client));
    }

    @Test
    void a_client_with_only_a_service_account_needs_no_token_mappers() {
        assertThat(withClient(serviceAccountClient(false))).isEmpty();
    }

    @Test
    void a_client_that_signs_users_in_without_the_services_mappers_fails_the_check() {
        assertThat(withClient(serviceAccountClient(true)))
                .anySatisfy(v -> assertThat(v)
                        .contains("client plenary-directory-reader has no oidc-audience-mapper with audience"
                                + " plenary-api"));
    }
}
