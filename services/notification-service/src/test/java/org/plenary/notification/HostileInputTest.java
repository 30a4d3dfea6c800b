package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.plenary.testing.HostileInput;

/** Generated hostile input to every operation: no 5xx, no internals in any detail, nothing stored harmed. */
@QuarkusTest
class HostileInputTest {

    @Inject
    DataSource database;

    @Test
    void noGeneratedInputIsAServerErrorLeaksInternalsOrChangesStoredData() {
        HostileInput.Outcome outcome = HostileInput.check(
                AccessMatrixTest.WHO_MAY, database, Set.of("webhook_subscription", "unsubscription"));
        System.out.println(
                "[hostile input] notification-service (seed " + HostileInput.seed() + "): " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.cases()).isEqualTo(AccessMatrixTest.WHO_MAY.size() * HostileInput.casesPerOperation());
    }
}
