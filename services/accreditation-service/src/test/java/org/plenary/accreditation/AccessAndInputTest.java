package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Management;
import org.plenary.testing.Tokens;

/** Who may do what, and bad input answered with problem+json naming the field, never a 500. */
@QuarkusTest
class AccessAndInputTest {

    @Test
    void writesNeedATokenWithTheRightRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "x-body", "name", "X"))
                .post("/bodies")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("rule", equalTo("authentication-required"));
        as("not.a.token")
                .contentType(ContentType.JSON)
                .body(Map.of("id", "x-body", "name", "X"))
                .post("/bodies")
                .then()
                .statusCode(401);
        as(Tokens.organisation("org-1"))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "x-body", "name", "X"))
                .post("/bodies")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("rule", equalTo("role-required"));
        as(Tokens.noRole()).get("/applications").then().statusCode(403);
    }

    @Test
    void statesOnlyObject() {
        String id = Fixtures.applied(Fixtures.newOrganisationId(), Fixtures.body());
        as(Tokens.state("AT")).post("/applications/{id}/clearance", id).then().statusCode(403);
        as(Tokens.state("AT"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x"))
                .post("/applications/{id}/revocation", id)
                .then()
                .statusCode(403);
        as(Tokens.state("AT"))
                .contentType(ContentType.JSON)
                .body(Map.of("bodyId", "b", "organisation", Fixtures.profile("X", null)))
                .post("/applications")
                .then()
                .statusCode(403);
    }

    @Test
    void anOrganisationCannotReadAnothersApplication() {
        String id = Fixtures.applied(Fixtures.newOrganisationId(), Fixtures.body());
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/applications/{id}", id)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(403);
    }

    @Test
    void anInvalidProfileNamesEveryFieldThatFailedAndStoresNothing() {
        String body = Fixtures.body();
        String org = Fixtures.newOrganisationId();
        Map<String, Object> profile = Fixtures.profile("", null);
        profile.put("country", "Austria");
        profile.put("contactEmail", "not-an-email");
        profile.put("website", "ftp://x");
        Fixtures.apply(org, body, profile)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:plenary:problem:invalid-request"))
                .body(
                        "violations.field",
                        hasItems(
                                "organisation.name",
                                "organisation.country",
                                "organisation.contactEmail",
                                "organisation.website"));
        as(Tokens.organisation(org)).get("/applications").then().body("total", equalTo(0));
    }

    @Test
    void aCountryIsAnIsoCodeThatExists() {
        String body = Fixtures.body();
        for (String country : new String[] {"ZZ", "XX", "at", "AUT", "A"}) {
            Map<String, Object> profile = Fixtures.profile("Access Now", null);
            profile.put("country", country);
            Fixtures.apply(Fixtures.newOrganisationId(), body, profile)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItems("organisation.country"));
        }
        Map<String, Object> profile = Fixtures.profile("Open Net Korea", null);
        profile.put("country", "KR");
        Fixtures.apply(Fixtures.newOrganisationId(), body, profile).statusCode(201);
        given().get("/bodies/{id}/accredited-organisations?country=ZZ", body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("country"));
    }

    @Test
    void unreadableJsonAndUnknownValuesAreBadRequests() {
        as(Tokens.organisation("org-2"))
                .contentType(ContentType.JSON)
                .body("{\"bodyId\": ")
                .post("/applications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("at org.")));
        Map<String, Object> profile = Fixtures.profile("X", "HONORARY");
        as(Tokens.organisation("org-2"))
                .contentType(ContentType.JSON)
                .body(Map.of("bodyId", "b", "organisation", profile))
                .post("/applications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("organisation.ecosocStatus"));
        as(Tokens.secretariat())
                .get("/applications/{id}", "not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownRecordsAreNotFound() {
        given().get("/bodies/{id}", "no-such-body")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-found"));
        Fixtures.apply(Fixtures.newOrganisationId(), "no-such-body", Fixtures.profile("X", null))
                .statusCode(404);
        as(Tokens.secretariat())
                .get("/applications/{id}", "00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void aBodyIsDefinedOnceWithAValidPolicy() {
        String body = Fixtures.body();
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("id", body, "name", "Again"))
                .post("/bodies")
                .then()
                .statusCode(409)
                .body("rule", equalTo("body-exists"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("id", "Bad Id!", "name", "X", "nonObjectionDays", 0))
                .post("/bodies")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("id", "nonObjectionDays"));
        given().get("/bodies/{id}", body)
                .then()
                .statusCode(200)
                .body("nonObjectionDays", equalTo(30))
                .body("ecosocFastTrack", equalTo("ON_CONFIRMATION"))
                .body("objectionDisclosure", equalTo("REASON_ONLY"));
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
        Management.given()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/applications/{id}/objections"));
        Management.given()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/applications'.post.responses", hasKey("201"))
                .body(
                        "paths.'/applications/{id}/objections'.post.responses.default.content.'application/problem+json'"
                                + ".schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.required", hasItem("rule"));
    }
}
