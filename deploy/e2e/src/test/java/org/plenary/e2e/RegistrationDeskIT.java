package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The secretariat's registrations desk in a real browser against the real system: the registration service and the
 * portal run as processes from their packaged builds; three demo organisations register a delegate each for an open
 * session that asks for the secretariat's confirmation. The demo officer signs in through Keycloak, confirms two of
 * them in one go, is refused declining the third without a reason (the registration service's words beside its
 * row), declines it with one, and reads the participants CSV (UTF-8 with a byte-order mark); registers a delegate on
 * an organisation's behalf (refused first without the organisation, beside the field), finds them by searching part
 * of their name, then substitutes and cancels that delegate from the registration's page. axe-core on every portal page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationDeskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> ORGANISATIONS = List.of("apc", "ipi", "open-net-korea");

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static final Map<String, String> REGISTRATIONS = new LinkedHashMap<>();
    private static ServiceProcess registration;
    private static ServiceProcess portal;
    private static Browser officer;
    private static String session;

    @BeforeAll
    static void startTheSystemAndRegister() throws Exception {
        registration = start(new ServiceProcess(Browser.ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-reg-desk-" + RUN));
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", "http://localhost:1")
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTokens.ISSUER));
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", "ahc-reg-desk-" + RUN);
        request.put("title", "Open session (registrations desk run " + RUN + ")");
        request.put("venue", "Vienna International Centre");
        request.put("timeZone", "Europe/Vienna");
        request.put("startDate", start.toString());
        request.put("endDate", start.plusDays(4).toString());
        request.put(
                "registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        request.put(
                "registrationDeadline", Instant.now().plus(Duration.ofDays(20)).toString());
        request.put("participation", "OPEN");
        request.put("delegateQuota", 2);
        request.put("latePolicy", "REFUSE");
        request.put("confirmationRequired", true);
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        session = as(KeycloakTokens.secretariat())
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        for (String organisation : ORGANISATIONS) {
            REGISTRATIONS.put(
                    organisation,
                    as(KeycloakTokens.organisation(organisation))
                            .body(Map.of(
                                    "delegate",
                                    Map.of(
                                            "name", "Délégué " + organisation + " " + RUN,
                                            "email", "delegate@" + organisation + ".example",
                                            "headOfDelegation", true),
                                    "joinWaitingList",
                                    false))
                            .post("/sessions/{id}/registrations", session)
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        officer = Browser.start("en");
    }

    private static ServiceProcess start(ServiceProcess process) throws IOException {
        PROCESSES.add(process);
        return process.start(true);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (officer != null) {
            officer.close();
        }
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).close();
        }
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(registration.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    @Order(1)
    void theOfficerConfirmsTwoInOneGoAndDeclinesTheThirdWithAReason() throws IOException {
        officer.open(portal.url() + "/me/desk/registrations/" + session + "?status=PENDING");
        AccreditationDeskIT.signIn(officer, "officer", "/me/desk/registrations/");
        assertThat(officer.text("#results-count")).isEqualTo("3 participants");
        officer.accessible("the participants awaiting confirmation");
        officer.screenshot("desk-registrations");

        officer.find("#tick-" + REGISTRATIONS.get("apc")).click();
        officer.find("#tick-" + REGISTRATIONS.get("ipi")).click();
        officer.clickAndWait("#confirm");
        assertThat(officer.text("#done")).isEqualTo("The ticked participants are confirmed.");
        assertThat(officer.text("#results-count")).isEqualTo("1 participant");
        officer.accessible("two participants confirmed");

        String third = REGISTRATIONS.get("open-net-korea");
        officer.find("#tick-" + third).click();
        officer.clickAndWait("#decline");
        assertThat(officer.text("#tick-" + third + "-error")).isNotBlank();
        assertThat(officer.text(".error-summary a[href='#row-" + third + "']")).isNotBlank();
        officer.accessible("a decline without a reason refused beside its row");

        officer.find("#tick-" + third).click();
        officer.type("#reason", "No nomination letter received.");
        officer.clickAndWait("#decline");
        assertThat(officer.text("#done")).isEqualTo("The ticked participants are declined.");

        officer.open(portal.url() + "/me/desk/registrations/" + session);
        assertThat(officer.text("#row-" + REGISTRATIONS.get("apc"))).contains("Confirmed");
        assertThat(officer.text("#row-" + third)).contains("Declined");
        officer.accessible("every participant");

        String csv = (String) ((JavascriptExecutor) officer.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('csv').href).then(r => r.text()).then(done)"
                        + ".catch(e => done('failed: ' + e));");
        assertThat(csv).contains("Délégué apc " + RUN, "Délégué ipi " + RUN);
    }

    @Test
    @Order(2)
    void theOfficerRegistersADelegateOnAnOrganisationsBehalfThenSubstitutesAndCancelsIt() throws IOException {
        officer.open(portal.url() + "/me/desk/registrations/" + session);
        String delegate = "Delegada tedic " + RUN;
        officer.type("#behalf-delegate-name", delegate);
        officer.type("#behalf-delegate-email", "delegada@tedic.example");
        officer.find("#behalf-delegate-headOfDelegation").click();
        officer.clickAndWait("#register-behalf");
        // The secretariat must name the organisation: the registration service says so beside the field.
        assertThat(officer.text("#behalf-organisationId-error")).contains("is required");
        assertThat(officer.find("#behalf-delegate-name").getAttribute("value")).isEqualTo(delegate);
        officer.accessible("an on-behalf registration refused beside the organisation");

        officer.type("#behalf-organisationId", "tedic");
        officer.clickAndWait("#register-behalf");
        assertThat(officer.text("#done")).isEqualTo("The delegate is registered on the organisation's behalf.");
        // Found by searching part of the delegate's name, whatever the case.
        officer.type("#q", "DELEGADA TEDIC");
        officer.clickAndWait("form[role=search] button");
        assertThat(officer.text("#results-count")).isEqualTo("1 participant");
        assertThat(officer.text("#participants")).contains(delegate, "tedic");
        officer.accessible("a participant found by searching");

        officer.clickAndWait("#participants a");
        assertThat(officer.text("h1")).contains(delegate);
        officer.accessible("a participant's registration, for the secretariat");
        officer.type("#delegate-name", "Sustituto tedic " + RUN);
        officer.type("#delegate-email", "sustituto@tedic.example");
        officer.find("#delegate-headOfDelegation").click();
        officer.clickAndWait("form[action$='/substitution'] button");
        assertThat(officer.text("h1")).contains("Sustituto tedic " + RUN);
        officer.clickAndWait("form[action$='/cancellation'] button");
        assertThat(officer.text("#status")).isEqualTo("Cancelled");
        officer.accessible("the registration cancelled by the secretariat");
    }
}
