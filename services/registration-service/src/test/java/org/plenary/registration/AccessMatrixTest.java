package org.plenary.registration;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.AccessMatrix.Caller.ORGANISATION;
import static org.plenary.testing.AccessMatrix.Caller.SECRETARIAT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AccessMatrix;
import org.plenary.testing.AccessMatrix.Access;

/** Who may call each operation of the registration service: every operation of its OpenAPI document, every caller. */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, Access> WHO_MAY = Map.ofEntries(
            entry("GET /sessions", Access.publicRead()),
            entry("POST /sessions", Access.only(SECRETARIAT)),
            entry("GET /sessions/{sessionId}", Access.publicRead()),
            entry("PUT /sessions/{sessionId}", Access.only(SECRETARIAT)),
            entry("POST /sessions/{sessionId}/registrations", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /sessions/{sessionId}/eligibility", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /sessions/{sessionId}/participants.csv", Access.only(SECRETARIAT)),
            entry("PUT /sessions/{sessionId}/nomination-letter", Access.only(ORGANISATION)),
            entry(
                    "GET /sessions/{sessionId}/nomination-letters/{organisationId}",
                    Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /registrations", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /registrations/{id}", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /registrations/{id}/history", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /registrations/{id}/cancellation", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /registrations/{id}/substitution", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /registrations/{id}/head-of-delegation", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /registrations/{id}/confirmation", Access.only(SECRETARIAT)),
            entry("POST /registrations/{id}/decline", Access.only(SECRETARIAT)));

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.Outcome outcome = AccessMatrix.check(WHO_MAY);
        System.out.println("[access matrix] registration-service: " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.operations()).hasSize(WHO_MAY.size());
    }
}
