package org.plenary.sideevent;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.AccessMatrix.Caller.ORGANISATION;
import static org.plenary.testing.AccessMatrix.Caller.SECRETARIAT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AccessMatrix;
import org.plenary.testing.AccessMatrix.Access;

/** Who may call each operation of the side-event service: every operation of its OpenAPI document, every caller. */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, Access> WHO_MAY = Map.ofEntries(
            entry("GET /sessions/{sessionId}", Access.publicRead()),
            entry("PUT /sessions/{sessionId}/side-event-policy", Access.only(SECRETARIAT)),
            entry("GET /sessions/{sessionId}/eligibility/{organisationId}", Access.only(ORGANISATION, SECRETARIAT)),
            entry("POST /sessions/{sessionId}/proposals", Access.only(ORGANISATION)),
            entry("GET /proposals", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /proposals/{id}", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /proposals/{id}/history", Access.only(ORGANISATION, SECRETARIAT)),
            entry("PUT /proposals/{id}", Access.only(ORGANISATION)),
            entry("POST /proposals/{id}/withdrawal", Access.only(ORGANISATION)),
            entry("POST /proposals/{id}/approval", Access.only(SECRETARIAT)),
            entry("POST /proposals/{id}/rejection", Access.only(SECRETARIAT)),
            entry("GET /sessions/{sessionId}/programme", Access.publicRead()),
            entry("GET /sessions/{sessionId}/programme.ics", Access.publicRead()),
            entry("GET /sessions/{sessionId}/rooms", Access.publicRead()),
            entry("POST /sessions/{sessionId}/rooms", Access.only(SECRETARIAT)),
            entry("PUT /sessions/{sessionId}/rooms/{roomId}", Access.only(SECRETARIAT)),
            entry("GET /sessions/{sessionId}/slots", Access.publicRead()),
            entry("POST /sessions/{sessionId}/slots", Access.only(SECRETARIAT)),
            entry("POST /sessions/{sessionId}/slots/standard", Access.only(SECRETARIAT)));

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.Outcome outcome = AccessMatrix.check(WHO_MAY);
        System.out.println("[access matrix] side-event-service: " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.operations()).hasSize(WHO_MAY.size());
    }
}
