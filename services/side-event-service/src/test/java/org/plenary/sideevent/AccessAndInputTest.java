package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Management;
import org.plenary.testing.Tokens;

/** Who may do what, and bad input answered with problem+json naming the field, never a 500. */
@QuarkusTest
class AccessAndInputTest {

    @Test
    void writesNeedATokenWithTheRightRole() {
        UUID session = Fixtures.session();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Room", "capacity", 10))
                .post("/sessions/{s}/rooms", session)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("rule", equalTo("authentication-required"));
        as(Tokens.organisation("hrw"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Room", "capacity", 10))
                .post("/sessions/{s}/rooms", session)
                .then()
                .statusCode(403)
                .body("rule", equalTo("role-required"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Fixtures.proposal("By the secretariat", 10))
                .post("/sessions/{s}/proposals", session)
                .then()
                .statusCode(403)
                .body("rule", equalTo("role-required"));
        as(Tokens.state("AT")).get("/proposals").then().statusCode(403);
        as(Tokens.organisation("hrw"))
                .contentType(ContentType.JSON)
                .body(Map.of("roomId", UUID.randomUUID(), "slotId", UUID.randomUUID()))
                .post("/proposals/{id}/approval", UUID.randomUUID())
                .then()
                .statusCode(403);
        as(Tokens.organisation("hrw"))
                .contentType(ContentType.JSON)
                .body(Map.of("eventsPerOrganiser", 3))
                .put("/sessions/{s}/side-event-policy", session)
                .then()
                .statusCode(403);
    }

    @Test
    void anInvalidProposalNamesEveryFieldThatFailed() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        Map<String, Object> body = Fixtures.proposal("", 0);
        body.put("description", null);
        body.put("coOrganisers", Map.of("memberStates", List.of("Austria")));
        Fixtures.propose(organisation, session, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:plenary:problem:invalid-request"))
                .body(
                        "violations.field",
                        hasItems("title", "description", "expectedAttendance", "coOrganisers.memberStates[0]"));
        body = Fixtures.proposal("Webinar", 10);
        body.put("format", "WEBINAR");
        Fixtures.propose(organisation, session, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("format"));
        as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/sessions/{s}/proposals", session)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("at org.")));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("roomId", "M3"))
                .post("/proposals/{id}/approval", UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/proposals/{id}/approval", UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("roomId", "slotId"));
    }

    @Test
    void unknownRecordsAreNotFound() {
        given().get("/sessions/{s}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-found"));
        given().get("/sessions/{s}", "not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        as(Tokens.secretariat())
                .get("/proposals/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("resource", equalTo("proposal"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("roomId", UUID.randomUUID(), "slotId", UUID.randomUUID()))
                .post("/proposals/{id}/approval", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("resource", equalTo("proposal"));
    }

    @Test
    void healthMetricsAndApiDocsAnswer() {
        Management.given().get("/q/health/ready").then().statusCode(200).body(containsString("PostgreSQL"));
        Management.given().get("/q/health/live").then().statusCode(200).body(containsString("Reactive Messaging"));
        Management.given()
                .get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'Kafka and the outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka and the outbox' }.data.brokers", equalTo(1));
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        Management.given().get("/q/openapi").then().statusCode(200).body(containsString("/proposals/{id}/approval"));
    }
}
