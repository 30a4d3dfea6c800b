package org.plenary.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;
import org.plenary.portal.stub.StubbedServices;

/** The signed-in pages: the dashboard, the eligibility explainer, the register-a-delegate form and its refusals. */
@QuarkusTest
class SignedInPagesTest extends StubbedServices {

    private static final String SESSION = ServiceStubs.SESSION.toString();
    private static final String REGISTER = "POST /registration/sessions/" + SESSION + "/registrations";

    private static io.restassured.specification.RequestSpecification form() {
        return given().formParam("delegate.name", "Ana Pérez")
                .formParam("delegate.email", "ana@example")
                .formParam("delegate.function", "")
                .formParam("delegate.headOfDelegation", "on");
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void theDashboardListsTheOrganisationsApplicationsAndRegistrationsInWords() {
        services.json("GET /accreditation/applications", """
                {"items":[{"id":"11111111-1111-4111-8111-111111111111","bodyId":"ahc-cybercrime","organisationId":"hrw",
                  "organisation":{"name":"Human Rights Watch","country":"US","type":"NGO"},"status":"NON_OBJECTION",
                  "submittedAt":"2026-01-05T09:00:00Z","nonObjectionEndsAt":"2026-02-04T09:00:00Z"}],
                 "page":0,"size":100,"total":1}""");
        services.json("GET /registration/registrations", """
                {"items":[{"id":"22222222-2222-4222-8222-222222222222","sessionId":"%s","organisationId":"hrw",
                  "delegate":{"name":"Second delegate","email":"second@hrw.example","headOfDelegation":false},
                  "status":"WAITLISTED","late":false,"waitlistRank":1,"registeredAt":"2026-01-10T09:00:00Z"}],
                 "page":0,"size":100,"total":1}""".formatted(SESSION));
        String html = given().get("/me").then().statusCode(200).extract().asString();
        assertThat(html)
                .contains("Signed in as focal-point@hrw.test")
                .contains("<td><a href=\"/me/applications/11111111-1111-4111-8111-111111111111\">Ad Hoc Committee on"
                        + " Cybercrime</a></td><td>Open to objection by states")
                .contains("<a href=\"/me/applications/new\">Apply for accreditation</a>")
                .contains("<a href=\"/me/side-events\">", "<a href=\"/me/submissions\">")
                .contains("Second delegate", "Ad Hoc Committee, concluding session", "On the waiting list")
                .contains("<td>On the waiting list</td><td>1</td>");
    }

    @Test
    @TestSecurity(user = "focal-point@r3d.test", roles = "organisation")
    void theEligibilityExplainerGivesEveryReasonAndTheDeadlineInBothZones() {
        services.json("GET /registration/sessions/" + SESSION + "/eligibility", """
                {"sessionId":"%s","organisationId":"r3d","eligible":false,"outcome":"REFUSED","late":false,
                 "reasons":[{"rule":"not-accredited","detail":"The organisation is not accredited to the body.","facts":{}},
                            {"rule":"quota-reached","detail":"The organisation has its 2 delegates.","facts":{"quota":2}}],
                 "evaluatedAt":"2026-01-20T14:00:00Z"}""".formatted(SESSION));
        String html = given().cookie("tz", "America/Mexico_City")
                .get("/me/sessions/" + SESSION + "/eligibility")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("Not now. The reasons:")
                .contains("<li>The organisation is not accredited to the body.</li>")
                .contains("<li>The organisation has its 2 delegates.</li>")
                .contains(
                        "(venue time, Europe/Vienna)", "(your time, America/Mexico_City)", "closes in 2 days 3 hours");
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void aRefusedFieldIsShownNextToItAndInTheSummaryWithWhatWasTyped() {
        services.problem(REGISTER, 400, """
                {"type":"urn:plenary:problem:invalid-request","title":"Invalid request","status":400,
                 "detail":"delegate.email: must be a well-formed email address","rule":"invalid-request",
                 "violations":[{"field":"delegate.email","message":"must be a well-formed email address"}]}""");
        String html = form().post("/me/sessions/" + SESSION + "/register")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#delegate-email\">must be a well-formed email address</a>")
                .contains("<p id=\"delegate-email-error\" class=\"error-message\">")
                .contains("aria-describedby=\"delegate-email-error\"")
                .contains("value=\"Ana Pérez\"", "value=\"ana@example\"");
        assertThat(services.writes.get(0))
                .contains("\"name\":\"Ana Pérez\"", "\"email\":\"ana@example\"", "\"headOfDelegation\":true")
                .contains("\"joinWaitingList\":false");
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void aRuleThatStandsInTheWayIsSummarisedWithEveryReason() {
        services.problem(REGISTER, 409, """
                {"type":"urn:plenary:problem:deadline-passed","title":"Deadline passed","status":409,
                 "detail":"Registration closed on 22 January 2026, 18:00 Vienna time.","rule":"deadline-passed",
                 "reasons":[{"rule":"deadline-passed","detail":"Registration closed on 22 January 2026, 18:00 Vienna time."},
                            {"rule":"quota-reached","detail":"The organisation has its 2 delegates."}]}""");
        String html = form().post("/me/sessions/" + SESSION + "/register")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("There is a problem")
                .contains("<li>Registration closed on 22 January 2026, 18:00 Vienna time.</li>")
                .contains("<li>The organisation has its 2 delegates.</li>");
    }

    @Test
    @TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
    void aRegisteredDelegateIsConfirmedInWords() {
        services.answer(
                REGISTER, new ServiceStubs.Answer(201, "application/json", """
                        {"id":"33333333-3333-4333-8333-333333333333","sessionId":"%s","organisationId":"hrw",
                         "delegate":{"name":"Ana Pérez","email":"ana@hrw.example","headOfDelegation":true},
                         "status":"CONFIRMED","late":false,"registeredAt":"2026-01-20T14:00:00Z"}""".formatted(SESSION), java.util.Map.of()));
        String html = form().post("/me/sessions/" + SESSION + "/register")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        assertThat(html).contains("Ana Pérez is registered.", "<dd>Confirmed</dd>");
    }

    @Test
    void withKeycloakAwayTheSignedInPagesSaySignInIsNotAvailable() {
        // The test profile points the portal at a Keycloak that is not there.
        String html = given().redirects()
                .follow(false)
                .cookie("lang", "fr")
                .get("/me")
                .then()
                .statusCode(503)
                .extract()
                .asString();
        assertThat(html)
                .contains("<html lang=\"fr\"", "La connexion n&#39;est pas disponible pour le moment.")
                .doesNotContain("OIDC", "Exception");
        given().get("/").then().statusCode(200);
    }
}
