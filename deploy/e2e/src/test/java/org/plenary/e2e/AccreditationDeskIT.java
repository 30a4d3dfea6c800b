package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The accreditation desk and a state's focal point in a real browser against the real system: the accreditation
 * service and the portal run as processes from their packaged builds, verifying the local Keycloak's tokens; the
 * demo officer and the demo mission of Austria each sign in through Keycloak's login page in a browser of their
 * own. The officer finds the application in the queue, is refused a rejection without a reason beside its field,
 * and clears it; the state sees it in its non-objection period with the time left, objects with a reason, and is
 * refused a second objection beside the reason; the officer records the body's decision; the state's own
 * objections then show what became of it. axe-core runs on every portal page visited: no serious or critical
 * violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccreditationDeskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BODY = "ahc-desk-" + RUN;
    private static final String BODY_NAME = "Ad Hoc Committee (desk run " + RUN + ")";
    /** A demo organisation (deploy/keycloak/plenary-realm.json) that applies to this run's body. */
    private static final String ORGANISATION = "kictanet";

    private static final String ORGANISATION_NAME = "KICTANet " + RUN;
    private static final String PASSWORD = "plenary-local-only";

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess portal;
    private static Browser officer;
    private static Browser state;
    private static String application;

    @BeforeAll
    static void startTheServiceThePortalAndTheBrowsers() throws Exception {
        accreditation = start(new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation"));
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", "http://localhost:1")
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTokens.ISSUER));
        as(KeycloakTokens.secretariat())
                .body(Map.of("id", BODY, "name", BODY_NAME, "objectionDisclosure", "REASON_ONLY"))
                .post("/bodies")
                .then()
                .statusCode(201);
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", ORGANISATION_NAME);
        profile.put("acronym", "KICTA");
        profile.put("country", "KE");
        profile.put("type", "NGO");
        profile.put("website", "https://www.kictanet.or.ke");
        profile.put("contactEmail", "focal.point@kictanet.example");
        profile.put("description", "Kenya ICT Action Network");
        application = as(KeycloakTokens.organisation(ORGANISATION))
                .body(Map.of("bodyId", BODY, "organisation", profile))
                .post("/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        officer = Browser.start("en");
        state = Browser.start("en");
    }

    private static ServiceProcess start(ServiceProcess process) throws IOException {
        PROCESSES.add(process);
        return process.start(true);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Browser browser : new Browser[] {officer, state}) {
            if (browser != null) {
                browser.close();
            }
        }
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).close();
        }
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(accreditation.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Signs in through Keycloak's identity-first login page (user name, then password). */
    static void signIn(Browser browser, String user, String landing) {
        browser.waitForUrl("/realms/plenary/");
        browser.type("#username", user);
        browser.clickAndWait("[type=submit]");
        browser.driver.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.clickAndWait("[type=submit]");
        browser.waitForUrl(landing);
    }

    @Test
    @Order(1)
    void theOfficerFindsTheApplicationInTheQueueAndIsRefusedARejectionWithoutAReason() throws IOException {
        officer.open(portal.url() + "/me");
        signIn(officer, "officer", "/me/desk");
        assertThat(officer.text("h1")).isEqualTo("The secretariat's desk");
        officer.accessible("the desk");

        officer.clickAndWait("a[href='/me/desk/applications?status=SUBMITTED']");
        officer.accessible("the queue of applications waiting for review");
        // Searched by keyboard: the organisation's name, in this run's body
        officer.type("#q", RUN);
        officer.clickAndWait("form[role=search] button[type=submit]");
        assertThat(officer.text("#results-count")).isEqualTo("1 application");
        assertThat(officer.text("#application-" + application))
                .contains(
                        ORGANISATION_NAME,
                        "(KE)",
                        BODY_NAME,
                        "Submitted, awaiting review",
                        "less than a day",
                        "none claimed");
        officer.accessible("the queue searched");
        officer.screenshot("desk-queue");

        officer.clickAndWait("#application-" + application + " a");
        assertThat(officer.text("#profile"))
                .contains(ORGANISATION_NAME, "KICTA", "KE", "focal.point@kictanet.example", "Kenya ICT Action Network");
        assertThat(officer.text("#ecosoc")).contains("Not matched to the ECOSOC list.");
        assertThat(officer.text("#history")).contains("Submitted", "Your organisation");
        officer.accessible("the application on the desk");

        officer.clickAndWait("#rejection-action");
        assertThat(officer.text("#rejection-reason-error")).contains("say why");
        assertThat(officer.text(".error-summary a[href='#rejection-reason']")).contains("say why");
        assertThat(officer.text("#status")).isEqualTo("Submitted, awaiting review");
        officer.accessible("a rejection refused beside its reason");
        officer.screenshot("desk-refused");

        officer.clickAndWait("#clearance-action");
        assertThat(officer.text("#done")).isEqualTo("The non-objection period has started.");
        assertThat(officer.text("#status")).isEqualTo("Open to objection by states");
        officer.accessible("the application cleared");
    }

    @Test
    @Order(2)
    void theStateObjectsOnceAndIsRefusedTheSecondTimeBesideTheReason() throws IOException {
        state.open(portal.url() + "/me");
        signIn(state, "mission.at", "/me/state");
        state.accessible("the state's list");
        // The state follows this run's body, and only it.
        for (var ticked : state.findAll("input[name=bodyIds]:checked")) {
            ticked.click();
        }
        state.find("#follow-" + BODY).click();
        state.clickAndWait("#follow");
        assertThat(state.text("#done")).isEqualTo("The bodies your state follows are saved.");
        assertThat(state.find("#follow-" + BODY).isSelected()).isTrue();
        assertThat(state.findAll("input[name=bodyIds]:checked")).hasSize(1);
        assertThat(state.text("#results-count")).isEqualTo("1 application open to objection");
        assertThat(state.text("#application-" + application))
                .contains(ORGANISATION_NAME, BODY_NAME, "KE", "closes in 29 days");
        state.accessible("the body's applications open to objection");
        state.screenshot("state-list");

        state.clickAndWait("#application-" + application + " a");
        assertThat(state.text("#profile")).contains(ORGANISATION_NAME).doesNotContain("focal.point@kictanet.example");
        state.accessible("the application, for a state");
        state.type("#reason", "Not independent of the government of another state.");
        state.clickAndWait("form[action$='/objection'] button[type=submit]");
        assertThat(state.text("#done")).isEqualTo("Your objection has been recorded.");
        assertThat(state.text("#objections")).contains("Not independent of the government of another state.");
        state.accessible("the objection recorded");

        state.type("#reason", "A second objection.");
        state.clickAndWait("form[action$='/objection'] button[type=submit]");
        assertThat(state.text("#reason-error")).contains("already objected");
        assertThat(state.text(".error-summary a[href='#reason']")).contains("already objected");
        state.accessible("a second objection refused");
        state.screenshot("state-refused");
    }

    @Test
    @Order(3)
    void theOfficerRecordsTheBodysDecisionAndTheStateSeesWhatBecameOfItsObjection() throws IOException {
        officer.open(portal.url() + "/me/desk/applications/" + application);
        assertThat(officer.text("#status")).isEqualTo("Objected to; awaiting the body's decision");
        assertThat(officer.text("#objections")).contains("AT: Not independent of the government of another state.");
        officer.find("#decision-outcome-accredit").click();
        officer.type("#decision-reason", "Decision 2/1 of the Committee, 12 January");
        officer.clickAndWait("#decision-action");
        assertThat(officer.text("#done")).isEqualTo("The body's decision is recorded.");
        assertThat(officer.text("#status")).isEqualTo("Accredited");
        assertThat(officer.text("#history")).contains("Decision 2/1 of the Committee, 12 January", "The secretariat");
        officer.accessible("the decision recorded");
        officer.clickAndWait("nav.desk-nav a[href='/me/desk/applications']");
        assertThat(officer.text("#results-count")).matches("\\d+ applications?");
        officer.accessible("the whole queue");
        officer.screenshot("desk-decided");

        state.open(portal.url() + "/me/state/objections");
        assertThat(state.text("#objection-" + application))
                .contains(ORGANISATION_NAME, BODY_NAME, "Not independent of the government", "Accredited");
        state.accessible("the state's own objections");
        state.screenshot("state-objections");
    }
}
