package org.plenary.accreditation;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.AccessMatrix.Caller.ORGANISATION;
import static org.plenary.testing.AccessMatrix.Caller.SECRETARIAT;
import static org.plenary.testing.AccessMatrix.Caller.STATE;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AccessMatrix;
import org.plenary.testing.AccessMatrix.Access;

/** Who may call each operation of the accreditation service: every operation of its OpenAPI document, every caller. */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, Access> WHO_MAY = Map.ofEntries(
            entry("GET /bodies", Access.publicRead()),
            entry("POST /bodies", Access.only(SECRETARIAT)),
            entry("GET /bodies/{bodyId}", Access.publicRead()),
            entry("PUT /bodies/{bodyId}", Access.only(SECRETARIAT)),
            entry("POST /bodies/{bodyId}/accreditation/close", Access.only(SECRETARIAT)),
            entry("POST /bodies/{bodyId}/accreditation/reopen", Access.only(SECRETARIAT)),
            entry("GET /bodies/{bodyId}/statistics", Access.publicRead()),
            entry("GET /bodies/{bodyId}/accredited-organisations", Access.publicRead()),
            entry("GET /bodies/{bodyId}/non-objection", Access.only(STATE, SECRETARIAT)),
            entry("GET /objections", Access.only(STATE)),
            entry("GET /states/me/followed-bodies", Access.only(STATE)),
            entry("PUT /states/me/followed-bodies", Access.only(STATE)),
            entry("GET /states/me/non-objection", Access.only(STATE)),
            entry("POST /applications", Access.only(ORGANISATION)),
            entry("GET /applications", Access.only(ORGANISATION, SECRETARIAT)),
            entry("GET /applications/{id}", Access.only(ORGANISATION, STATE, SECRETARIAT)),
            entry("GET /applications/{id}/history", Access.only(ORGANISATION, STATE, SECRETARIAT)),
            entry("POST /applications/{id}/information", Access.only(ORGANISATION)),
            entry("POST /applications/{id}/withdrawal", Access.only(ORGANISATION)),
            entry("POST /applications/{id}/ecosoc-confirmation", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/ecosoc-match", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/information-request", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/clearance", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/rejection", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/objections", Access.only(STATE)),
            entry("POST /applications/{id}/decision", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/suspension", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/reinstatement", Access.only(SECRETARIAT)),
            entry("POST /applications/{id}/revocation", Access.only(SECRETARIAT)),
            entry("GET /ecosoc-list", Access.publicRead()),
            entry("PUT /ecosoc-list", Access.only(SECRETARIAT)));

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.Outcome outcome = AccessMatrix.check(WHO_MAY);
        System.out.println("[access matrix] accreditation-service: " + outcome.summary());
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.operations()).hasSize(WHO_MAY.size());
    }
}
