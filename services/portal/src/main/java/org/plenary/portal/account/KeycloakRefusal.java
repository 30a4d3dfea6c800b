package org.plenary.portal.account;

/** Keycloak's Admin REST API answered 400 or above: its status and its own message. */
public class KeycloakRefusal extends RuntimeException {

    private final int status;
    private final String keycloakMessage;

    public KeycloakRefusal(int status, String keycloakMessage) {
        super("Keycloak answered " + status + ": " + keycloakMessage);
        this.status = status;
        this.keycloakMessage = keycloakMessage;
    }

    public int status() {
        return status;
    }

    /** Keycloak's {@code errorMessage} (or {@code error}), e.g. "A organization with the same alias already exists". */
    public String keycloakMessage() {
        return keycloakMessage;
    }

    public boolean conflict() {
        return status == 409;
    }
}
