package org.plenary.accreditation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/** The lists the secretariat's desk and a state's focal point read: the queue searched, a state's own objections. */
@QuarkusTest
class DeskQueriesTest {

    @Test
    void theQueueIsSearchedByNameOrAcronymWhateverTheCaseAndAWildcardIsTakenLiterally() {
        String body = Fixtures.body();
        Fixtures.apply(Fixtures.newOrganisationId(), body, Fixtures.profile("Derechos Digitales", null))
                .statusCode(201);
        Fixtures.apply(Fixtures.newOrganisationId(), body, Fixtures.profile("Privacy_International", null))
                .statusCode(201);

        as(Tokens.secretariat())
                .get("/applications?bodyId={body}&q=DIGITAL", body)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.organisation.name", contains("Derechos Digitales"));
        as(Tokens.secretariat())
                .get("/applications?bodyId={body}&q=y_i", body)
                .then()
                .body("items.organisation.name", contains("Privacy_International"));
        as(Tokens.secretariat())
                .get("/applications?bodyId={body}&q=%25", body)
                .then()
                .body("total", equalTo(0));
        as(Tokens.secretariat())
                .get("/applications?bodyId={body}&q=an", body)
                .then()
                .body("total", equalTo(2));
    }

    @Test
    void aStateReadsItsOwnObjectionsWithWhatBecameOfThemAndNotAnotherStates() {
        String body = Fixtures.body();
        String decided = Fixtures.applied(Fixtures.newOrganisationId(), body);
        String open = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.secretariat(decided, "clearance", null).statusCode(200);
        Fixtures.secretariat(open, "clearance", null).statusCode(200);
        Fixtures.object(decided, "AT", "Not independent of a government").statusCode(200);
        Fixtures.object(open, "FR", "Another state's reason").statusCode(200);
        Fixtures.secretariat(decided, "decision", Map.of("outcome", "ACCREDIT", "reason", "Decision 3/2 of the body"))
                .statusCode(200);

        as(Tokens.state("AT"))
                .get("/objections?bodyId={body}", body)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].applicationId", equalTo(decided))
                .body("items[0].organisationName", equalTo("Access Now"))
                .body("items[0].reason", equalTo("Not independent of a government"))
                .body("items[0].applicationStatus", equalTo("ACCREDITED"));
        as(Tokens.state("FR"))
                .get("/objections?bodyId={body}", body)
                .then()
                .body("items.applicationStatus", contains("OBJECTED"));
        as(Tokens.secretariat()).get("/objections").then().statusCode(403);
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/objections")
                .then()
                .statusCode(403);
    }
}
