package org.plenary.portal.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;

/** Applying for accreditation, following the application, answering the secretariat and withdrawing. */
@QuarkusTest
@TestSecurity(user = "focal-point@access-now.test", roles = "organisation")
class ApplicationPagesTest extends FocalPointPagesTestBase {

    private static final String ID = "44444444-4444-4444-8444-444444444444";

    private static io.restassured.specification.RequestSpecification application() {
        return given().redirects()
                .follow(false)
                .formParam("bodyId", "cosp-cybercrime")
                .formParam("organisation.name", "Access Now")
                .formParam("organisation.acronym", "")
                .formParam("organisation.country", "us")
                .formParam("organisation.type", "NGO")
                .formParam("organisation.website", "https://www.accessnow.org")
                .formParam("organisation.contactEmail", "un@accessnow.example")
                .formParam("organisation.description", "")
                .formParam("organisation.ecosocStatus", "SPECIAL");
    }

    private void theApplicationAsksForInformation() {
        services.json("GET /accreditation/bodies/cosp-cybercrime", """
                {"id":"cosp-cybercrime","name":"Conference of the States Parties","accreditationOpen":true,
                 "nonObjectionDays":30,"ecosocFastTrack":"AUTOMATIC","objectionDisclosure":"STATE_AND_REASON"}""");
        services.json("GET /accreditation/applications/" + ID, """
                {"id":"%s","bodyId":"cosp-cybercrime","organisationId":"access-now",
                 "organisation":{"name":"Access Now","country":"US","type":"NGO","contactEmail":"un@accessnow.example"},
                 "status":"INFORMATION_REQUESTED","submittedAt":"2026-01-05T09:00:00Z",
                 "objections":[{"reason":"Not an independent organisation.","at":"2026-01-06T09:00:00Z"}]}""".formatted(ID));
        services.json("GET /accreditation/applications/" + ID + "/history", """
                [{"action":"SUBMIT","to":"SUBMITTED","actorRole":"organisation","at":"2026-01-05T09:00:00Z"},
                 {"action":"REQUEST_INFORMATION","from":"SUBMITTED","to":"INFORMATION_REQUESTED",
                  "actorRole":"secretariat","at":"2026-01-06T09:00:00Z","reason":"Please send your statutes."}]""");
    }

    @Test
    void theFormOffersTheBodiesAndSendsTheProfileAsTheServiceTakesIt() {
        String form = given().get("/me/applications/new?bodyId=cosp-cybercrime")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(form)
                .contains("<option value=\"cosp-cybercrime\" selected>Conference of the States Parties</option>")
                .contains("Ad Hoc Committee on Cybercrime (accreditation closed)")
                .contains("<label for=\"organisation-name\">Name of the organisation</label>");
        services.answer(
                "POST /accreditation/applications",
                new ServiceStubs.Answer(
                        201, "application/json", "{\"id\":\"" + ID + "\",\"status\":\"SUBMITTED\"}", Map.of()));

        String location = application()
                .post("/me/applications")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");

        assertThat(location).endsWith("/me/applications/" + ID + "?done=applied");
        assertThat(services.writes.get(0))
                .contains("\"bodyId\":\"cosp-cybercrime\"", "\"name\":\"Access Now\"", "\"country\":\"US\"")
                .contains("\"type\":\"NGO\"", "\"ecosocStatus\":\"SPECIAL\"", "\"acronym\":null");
    }

    @Test
    void aBodyThatTakesNoApplicationsIsShownNextToTheBodyField() {
        services.problem("POST /accreditation/applications", 409, """
                {"type":"urn:plenary:problem:accreditation-closed","title":"Accreditation closed","status":409,
                 "rule":"accreditation-closed",
                 "detail":"The body cosp-cybercrime takes no new applications: accreditation is closed."}""");
        String html = application()
                .post("/me/applications")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#bodyId\">The body cosp-cybercrime takes no new applications")
                .contains("<p id=\"bodyId-error\" class=\"error-message\">")
                .contains("value=\"Access Now\"", "value=\"https://www.accessnow.org\"");
    }

    @Test
    void theApplicationShowsTheRequestTheObjectionsAndTheHistory() {
        theApplicationAsksForInformation();
        String html = given().get("/me/applications/" + ID + "?done=applied")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("Your application has been sent.")
                .contains("<h1>Your application to Conference of the States Parties</h1>")
                .contains("<blockquote id=\"information-request\">Please send your statutes.</blockquote>")
                .contains("<li>A member state objected: Not an independent organisation.</li>")
                .contains("The secretariat", "action=\"/me/applications/" + ID + "/withdrawal\"");
    }

    @Test
    void anAnswerIsSentAndARefusedAnswerIsShownNextToIt() {
        theApplicationAsksForInformation();
        services.json("POST /accreditation/applications/" + ID + "/information", "{\"id\":\"" + ID + "\"}");
        given().redirects()
                .follow(false)
                .formParam("reason", "Our statutes are at https://www.accessnow.org/statutes.")
                .post("/me/applications/" + ID + "/information")
                .then()
                .statusCode(303);
        assertThat(services.writes.get(0))
                .isEqualTo("{\"reason\":\"Our statutes are at https://www.accessnow.org/statutes.\"}");

        services.problem("POST /accreditation/applications/" + ID + "/information", 400, """
                {"status":400,"rule":"invalid-request","detail":"reason: is required: say why",
                 "violations":[{"field":"reason","message":"is required: say why"}]}""");
        String html = given().formParam("reason", " ")
                .post("/me/applications/" + ID + "/information")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html)
                .contains("<p id=\"reason-error\" class=\"error-message\">")
                .contains("is required: say why");
    }

    @Test
    void anApplicationIsWithdrawn() {
        services.json("POST /accreditation/applications/" + ID + "/withdrawal", "{\"id\":\"" + ID + "\"}");
        String location = given().redirects()
                .follow(false)
                .formParam("note", "")
                .post("/me/applications/" + ID + "/withdrawal")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).endsWith("?done=withdrawn");
        assertThat(services.writes.get(0)).isEqualTo("{\"reason\":null}");
    }
}
