package org.plenary.platform.inbox;

/** An event that can never be applied (not JSON, no id, not valid for its schema): it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
