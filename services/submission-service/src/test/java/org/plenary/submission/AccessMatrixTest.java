package org.plenary.submission;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.AccessMatrix.Caller.ORGANISATION;
import static org.plenary.testing.AccessMatrix.Caller.SECRETARIAT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AccessMatrix;
import org.plenary.testing.AccessMatrix.Access;

/** Who may call each operation of the submission service: every operation of its OpenAPI document, every caller. */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, Access> WHO_MAY = Map.ofEntries(
            entry("POST /sessions/{sessionId}/submissions", Access.only(ORGANISATION)),
            entry("GET /sessions/{sessionId}/published-submissions", Access.publicRead()),
            entry("GET /submissions", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /submissions/{id}", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /submissions/{id}/versions", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /submissions/{id}/history", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /submissions/{id}/file", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /submissions/published/{id}", Access.publicRead()),
            entry("GET /submissions/published/{id}/file", Access.publicRead()),
            entry("PUT /submissions/{id}/file", Access.only(ORGANISATION)),
            entry("POST /submissions/{id}/withdrawal", Access.only(ORGANISATION)),
            entry("POST /submissions/{id}/publication", Access.only(SECRETARIAT)),
            entry("POST /submissions/{id}/decline", Access.only(SECRETARIAT)));

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.Outcome outcome = AccessMatrix.check(WHO_MAY);
        System.out.println("[access matrix] submission-service: " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.operations()).hasSize(WHO_MAY.size());
    }
}
