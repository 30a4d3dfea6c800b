package org.plenary.accreditation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/**
 * The body's objection disclosure policy on every read path (the application, the list, the history, the
 * non-objection list), and one state never learns another's objection.
 */
@QuarkusTest
class DisclosureTest {

    private static final String RU_REASON = "Reason of the Russian Federation";
    private static final String BY_REASON = "Reason of Belarus";

    private static String objectedApplication(String org, String body) {
        String id = Fixtures.applied(org, body);
        Fixtures.secretariat(id, "clearance", Map.of("reason", "Cleared after review"))
                .statusCode(200);
        Fixtures.object(id, "RU", RU_REASON).statusCode(200);
        return id;
    }

    @Test
    void underNoneTheOrganisationReadsNoObjectionReasonAnywhere() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body(null, null, "NONE");
        String id = objectedApplication(org, body);

        as(Tokens.organisation(org))
                .get("/applications/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTED"))
                .body("reason", equalTo("Cleared after review"))
                .body("objections[0].reason", nullValue())
                .body(not(containsString(RU_REASON)));
        as(Tokens.organisation(org))
                .get("/applications?bodyId={b}", body)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body(not(containsString(RU_REASON)));
        as(Tokens.organisation(org))
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .body("find { it.action == 'OBJECT' }.reason", nullValue())
                .body("find { it.action == 'OBJECT' }.actor", nullValue())
                .body(not(containsString(RU_REASON)));
        as(Tokens.secretariat())
                .get("/applications/{id}/history", id)
                .then()
                .body("find { it.action == 'OBJECT' }.reason", equalTo(RU_REASON));
    }

    @Test
    void underEveryPolicyAStateReadsOnlyItsOwnObjectionsReasonAndNeverAnothersFocalPoint() {
        for (String policy : new String[] {"REASON_ONLY", "STATE_AND_REASON", "NONE"}) {
            String body = Fixtures.body(null, null, policy);
            String id = objectedApplication(Fixtures.newOrganisationId(), body);
            Fixtures.object(id, "BY", BY_REASON).statusCode(200);

            as(Tokens.state("BY"))
                    .get("/applications/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("objections.reason", contains(BY_REASON))
                    .body(not(containsString(RU_REASON)));
            as(Tokens.state("BY"))
                    .get("/applications/{id}/history", id)
                    .then()
                    .statusCode(200)
                    .body("findAll { it.action == 'OBJECT' }.reason", hasItem(BY_REASON))
                    .body(not(containsString(RU_REASON)))
                    .body(not(containsString("mission@ru")));
            as(Tokens.state("BY"))
                    .get("/bodies/{b}/non-objection", body)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id))
                    .body(not(containsString(RU_REASON)));
            as(Tokens.secretariat())
                    .get("/applications/{id}/history", id)
                    .then()
                    .body("findAll { it.action == 'OBJECT' }.actor", contains("mission@ru.test", "mission@by.test"));
        }
    }

    @Test
    void aBodyThatDisclosesTheStateNamesItByItsCodeNotByItsFocalPoint() {
        String org = Fixtures.newOrganisationId();
        String id = objectedApplication(org, Fixtures.body(null, null, "STATE_AND_REASON"));
        as(Tokens.organisation(org))
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .body("find { it.action == 'OBJECT' }.actor", equalTo("RU"))
                .body("find { it.action == 'OBJECT' }.reason", equalTo(RU_REASON))
                .body(not(containsString("mission@ru")));
    }

    @Test
    void aStateNeverReadsTheOrganisationsContactAddressWhichTheSecretariatDoes() {
        String body = Fixtures.body(null, null, "REASON_ONLY");
        String id = objectedApplication(Fixtures.newOrganisationId(), body);

        as(Tokens.state("BY"))
                .get("/applications/{id}", id)
                .then()
                .statusCode(200)
                .body("organisation.name", org.hamcrest.Matchers.notNullValue())
                .body("organisation.contactEmail", nullValue())
                .body(not(containsString("focal.point@example.org")));
        as(Tokens.state("BY"))
                .get("/bodies/{body}/non-objection", body)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body(not(containsString("focal.point@example.org")));
        as(Tokens.secretariat())
                .get("/applications/{id}", id)
                .then()
                .statusCode(200)
                .body("organisation.contactEmail", equalTo("focal.point@example.org"));
    }
}
