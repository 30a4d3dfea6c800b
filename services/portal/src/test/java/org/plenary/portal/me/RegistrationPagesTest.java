package org.plenary.portal.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;

/** The nomination letter, a registration's seat and waiting-list rank, substituting and cancelling a delegate. */
@QuarkusTest
@TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
class RegistrationPagesTest extends FocalPointPagesTestBase {

    private static final String SESSION = ServiceStubs.SESSION.toString();
    private static final String ID = "55555555-5555-4555-8555-555555555555";
    private static final byte[] PDF = "%PDF-1.7 a letter".getBytes(StandardCharsets.US_ASCII);

    private void aWaitlistedRegistration() {
        services.json("GET /registration/registrations/" + ID, """
                {"id":"%s","sessionId":"%s","organisationId":"hrw",
                 "delegate":{"name":"Second delegate","email":"second@hrw.example","headOfDelegation":false},
                 "status":"WAITLISTED","late":false,"waitlistRank":3,"organisationWaitlistRank":1,
                 "registeredAt":"2026-01-10T09:00:00Z"}""".formatted(ID, SESSION));
        services.json("GET /registration/registrations/" + ID + "/history", """
                [{"action":"register","to":"WAITLISTED","actorRole":"organisation","at":"2026-01-10T09:00:00Z"}]""");
    }

    @Test
    void theNominationLetterIsUploadedAsThePdfItself() {
        assertThat(given().get("/me/nomination-letters/" + SESSION)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("enctype=\"multipart/form-data\"", "<input type=\"file\" id=\"letter\" name=\"letter\"");
        services.answer(
                "PUT /registration/sessions/" + SESSION + "/nomination-letter",
                new ServiceStubs.Answer(204, "text/plain", "", Map.of("X-Letter-Version", "1")));
        String location = given().redirects()
                .follow(false)
                .multiPart("letter", "letter.pdf", PDF, "application/pdf")
                .post("/me/nomination-letters/" + SESSION)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).endsWith("/me/nomination-letters/" + SESSION + "?done=letter");
        assertThat(services.writes.get(0)).isEqualTo("%PDF-1.7 a letter");
    }

    @Test
    void aFileThatIsNotAPdfIsShownNextToTheLetterField() {
        services.problem("PUT /registration/sessions/" + SESSION + "/nomination-letter", 415, """
                {"status":415,"rule":"wrong-type","title":"Wrong file type",
                 "detail":"The file is not a PDF: its content is text/plain."}""");
        String html = given().multiPart("letter", "letter.pdf", "just text".getBytes(), "application/pdf")
                .post("/me/nomination-letters/" + SESSION)
                .then()
                .statusCode(415)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#letter\">The file is not a PDF: its content is text/plain.</a>")
                .contains("<p id=\"letter-error\" class=\"error-message\">");
    }

    @Test
    void aRegistrationShowsItsStatusWaitingListRankAndSeats() {
        aWaitlistedRegistration();
        String html = given().get("/me/registrations/" + ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("<h1>Registration of Second delegate</h1>")
                .contains("On the waiting list", "number 3 in the session · number 1 of your organisation")
                .contains("2 delegates per organisation")
                .contains("action=\"/me/registrations/" + ID + "/substitution\"")
                .contains("action=\"/me/registrations/" + ID + "/cancellation\"");
    }

    @Test
    void aDelegateIsSubstitutedAndARefusedFieldIsShownNextToIt() {
        aWaitlistedRegistration();
        services.json("POST /registration/registrations/" + ID + "/substitution", "{\"id\":\"" + ID + "\"}");
        given().redirects()
                .follow(false)
                .formParam("delegate.name", "Third delegate")
                .formParam("delegate.email", "third@hrw.example")
                .formParam("delegate.function", "")
                .post("/me/registrations/" + ID + "/substitution")
                .then()
                .statusCode(303);
        assertThat(services.writes.get(0))
                .isEqualTo("{\"delegate\":{\"name\":\"Third delegate\",\"email\":\"third@hrw.example\","
                        + "\"function\":null,\"headOfDelegation\":false}}");

        services.problem("POST /registration/registrations/" + ID + "/substitution", 400, """
                {"status":400,"rule":"invalid-request","detail":"delegate.email: must be a well-formed email address",
                 "violations":[{"field":"delegate.email","message":"must be a well-formed email address"}]}""");
        String html = given().formParam("delegate.name", "Third delegate")
                .formParam("delegate.email", "third@")
                .post("/me/registrations/" + ID + "/substitution")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html)
                .contains("<p id=\"delegate-email-error\" class=\"error-message\">")
                .contains("value=\"third@\"");
    }

    @Test
    void aCancellationAfterTheDeadlineIsRefusedInTheServicesWords() {
        aWaitlistedRegistration();
        services.problem("POST /registration/registrations/" + ID + "/cancellation", 409, """
                {"status":409,"rule":"deadline-passed",
                 "detail":"Registration closed on 22 January 2026, 18:00 Vienna time: only the secretariat may cancel."}""");
        String html = given().formParam("note", "")
                .post("/me/registrations/" + ID + "/cancellation")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("There is a problem")
                .contains(
                        "<li>Registration closed on 22 January 2026, 18:00 Vienna time: only the secretariat may cancel.</li>");
    }
}
