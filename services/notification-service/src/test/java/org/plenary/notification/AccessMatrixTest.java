package org.plenary.notification;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.AccessMatrix.Caller.ORGANISATION;
import static org.plenary.testing.AccessMatrix.Caller.SECRETARIAT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AccessMatrix;
import org.plenary.testing.AccessMatrix.Access;

/** Who may call each operation of the notification service: every operation of its OpenAPI document, every caller. */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, Access> WHO_MAY = Map.ofEntries(
            entry("POST /webhooks", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /webhooks", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /webhooks/{id}/deliveries", Access.only(ORGANISATION, SECRETARIAT)),
            entry("DELETE /webhooks/{id}", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /webhooks/{id}/secret", Access.only(ORGANISATION, SECRETARIAT)),
            // The link in a reminder: whoever holds the signed token in it, no sign-in.
            entry("GET /unsubscribe", Access.publicRead()),
            entry("POST /unsubscribe", Access.publicRead()));

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.Outcome outcome = AccessMatrix.check(WHO_MAY);
        System.out.println("[access matrix] notification-service: " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.operations()).hasSize(WHO_MAY.size());
    }
}
