package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * An organisation run by its own people, against the local Keycloak (realm {@code plenary}, its mail through
 * GreenMail): a new focal point signs up in Chromium on Keycloak's registration page and confirms their e-mail from
 * the mail, creates the organisation in the portal (a taken name or id refused next to its field, the other
 * organisation untouched), applies for accreditation with their new token, the secretariat accredits it, they invite
 * a colleague, who follows the invitation mail, signs up and registers a delegate; removing that colleague (a member
 * Keycloak manages, having registered through the invitation) deletes their account; someone with an account of
 * their own, invited and removed, keeps it and their next token names no organisation; the secretariat disables and
 * enables an account. Every page visited passes axe-core. Names are unique per run and the
 * run's users and organisation are deleted at the end, so it repeats on the same Keycloak.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "e2e-" + UUID.randomUUID();
    private static final String FOUNDER = "founder-" + RUN;
    private static final String FOUNDER_EMAIL = FOUNDER + "@open-rights-" + RUN + ".example";
    private static final String COLLEAGUE = "colleague-" + RUN;
    private static final String COLLEAGUE_EMAIL = COLLEAGUE + "@open-rights-" + RUN + ".example";
    private static final String OTHER = "other-" + RUN;
    private static final String OTHER_EMAIL = OTHER + "@elsewhere-" + RUN + ".example";
    private static final String ORG_NAME = "Open Rights Lab " + RUN;
    private static final String ORG_ID = "open-rights-" + RUN;
    private static final String BODY = "ahc-account-" + RUN;

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess portal;
    private static Browser founder;
    private static Browser colleague;
    private static Browser other;
    private static String session;

    @BeforeAll
    static void startTheServicesThePortalAndABrowser() throws Exception {
        accreditation = start(new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation"));
        registration = start(new ServiceProcess(Browser.ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-account-" + RUN));
        // The portal signs in through the local Keycloak (its client allows http://localhost:18180/*) and calls
        // Keycloak's Admin REST API with its service account.
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", "http://localhost:1"));
        openTheSession();
        founder = Browser.start("en");
    }

    private static ServiceProcess start(ServiceProcess process) throws IOException {
        PROCESSES.add(process);
        return process.start(true);
    }

    @AfterAll
    static void stopAndCleanUp() throws Exception {
        for (Browser browser : new Browser[] {founder, colleague, other}) {
            if (browser != null) {
                browser.close();
            }
        }
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).close();
        }
        KeycloakAdminApi.deleteOrganisation(ORG_ID);
        KeycloakAdminApi.deleteUser(FOUNDER);
        KeycloakAdminApi.deleteUser(COLLEAGUE);
        KeycloakAdminApi.deleteUser(OTHER);
    }

    private static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A body and an accreditation-only session open for registration, as the secretariat (demo officer). */
    private static void openTheSession() {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("id", BODY, "name", "Ad Hoc Committee (account run " + RUN + ")"))
                .post("/bodies")
                .then()
                .statusCode(201);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", BODY);
        request.put("title", "Concluding session (account run " + RUN + ")");
        request.put("venue", "Vienna International Centre");
        request.put("timeZone", "Europe/Vienna");
        request.put("startDate", start.toString());
        request.put("endDate", start.plusDays(4).toString());
        request.put(
                "registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        request.put(
                "registrationDeadline", Instant.now().plus(Duration.ofDays(20)).toString());
        request.put("participation", "ACCREDITATION_ONLY");
        request.put("delegateQuota", 2);
        request.put("latePolicy", "REFUSE");
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        session = as(KeycloakTokens.secretariat(), registration)
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
    }

    /**
     * Fills Keycloak's registration form (the e-mail only where it is not given, as in an invitation). Keycloak 26
     * asks for no password there: it asks for one once the e-mail address is confirmed.
     */
    private static void fillKeycloaksRegistration(Browser browser, String username, String email, String last) {
        browser.type("#username", username);
        if (browser.find("#email").isEnabled() && browser.find("#email").getAttribute("readonly") == null) {
            browser.type("#email", email);
        }
        browser.type("#firstName", "Focal point");
        browser.type("#lastName", last);
        browser.clickAndWait("#kc-register-form [type=submit]");
    }

    /**
     * Goes through what Keycloak asks after the registration form until it comes back to the portal: confirming
     * the e-mail address by the link in the mail (checked by axe-core too) and choosing a password.
     */
    private static void finishKeycloaksSteps(Browser browser, String email, int alreadyRead) {
        List<String> followed = new ArrayList<>();
        Awaitility.await("back in the portal after Keycloak's steps for " + email)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String url = browser.url();
                    if (url.startsWith(portal.url()) || url.contains("/realms/plenary/account")) {
                        return true;
                    }
                    if (url.contains("VERIFY_EMAIL")) {
                        List<String> mail = Mailbox.messages(email);
                        if (mail.size() > alreadyRead + followed.size()) {
                            browser.accessible("Keycloak's e-mail verification page");
                            String link = Mailbox.link(email, mail.size(), "");
                            followed.add(link);
                            browser.open(link);
                        }
                    } else if (!browser.driver
                            .findElements(By.id("password-new"))
                            .isEmpty()) {
                        browser.accessible("Keycloak's choose-a-password page");
                        browser.type("#password-new", PASSWORD);
                        browser.type("#password-confirm", PASSWORD);
                        browser.clickAndWait("#kc-submit");
                    } else {
                        // "Click here to proceed" and the like
                        List<org.openqa.selenium.WebElement> proceed = browser.driver.findElements(
                                By.cssSelector("a[href*='action-token'], a[href^='" + portal.url() + "']"));
                        if (!proceed.isEmpty()) {
                            proceed.get(0).click();
                        }
                    }
                    return browser.url().startsWith(portal.url());
                });
    }

    @Test
    @Order(1)
    void aFocalPointSignsUpOnKeycloaksPageAndATakenUserNameIsRefused() throws IOException {
        founder.open(portal.url() + "/");
        founder.accessible("the home page, signed out");
        founder.clickAndWait("a[href='/signup']");
        founder.waitForUrl("/registrations");
        founder.accessible("Keycloak's registration page");
        founder.screenshot("account-sign-up");

        // A user name that exists is refused by Keycloak, and that account is left as it was.
        fillKeycloaksRegistration(founder, "focal-point.hrw", FOUNDER_EMAIL, "Open Rights Lab");
        assertThat(founder.text("body")).containsIgnoringCase("username already exists");
        assertThat(KeycloakAdminApi.realm()
                        .get("/users/{id}", KeycloakAdminApi.userId("focal-point.hrw"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("email"))
                .isEqualTo("focal-point@hrw.example");

        fillKeycloaksRegistration(founder, FOUNDER, FOUNDER_EMAIL, "Open Rights Lab");
        finishKeycloaksSteps(founder, FOUNDER_EMAIL, 0);
        founder.waitForUrl("/signed-up");
        assertThat(founder.text("h1")).isEqualTo("Your account is ready");
        founder.accessible("the signed-up page");
    }

    @Test
    @Order(2)
    void theyCreateTheOrganisationATakenNameOrIdIsRefusedAndTheirTokenThenNamesIt() throws IOException {
        founder.clickAndWait("main a[href='/me/organisation']");
        founder.waitForUrl("/me/organisation");
        assertThat(founder.text("h1")).isEqualTo("Create your organisation");
        founder.accessible("the create-your-organisation form");
        founder.screenshot("account-create-organisation");

        // An id that exists: refused next to the field, the organisation that has it untouched.
        founder.type("#name", ORG_NAME);
        founder.type("#alias", "hrw");
        founder.type("#website", "https://open-rights-" + RUN + ".example");
        founder.clickAndWait("main form button[type=submit]");
        assertThat(founder.text("#alias-error")).contains("This identifier is taken by another organisation.");
        assertThat(founder.text(".error-summary")).contains("There is a problem");
        founder.accessible("the refused identifier");
        founder.screenshot("account-create-refused");
        Map<String, Object> hrw = KeycloakAdminApi.organisation("hrw");
        assertThat(hrw).containsEntry("name", "Human Rights Watch");
        assertThat(KeycloakAdminApi.organisation(ORG_ID)).isNull();

        // A name that exists: refused next to its field; nothing is created under the new id.
        founder.type("#name", "Human Rights Watch");
        founder.type("#alias", ORG_ID);
        founder.clickAndWait("main form button[type=submit]");
        assertThat(founder.text("#name-error")).contains("An organisation with this name is already in Plenary.");
        assertThat(KeycloakAdminApi.organisation(ORG_ID)).isNull();
        assertThat(KeycloakAdminApi.organisation("hrw")).containsEntry("name", "Human Rights Watch");

        // By keyboard: the summary's link takes the focus to the refused field; correct it, Enter.
        founder.find(".error-summary a[href='#name']").sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(founder.active()).isEqualTo("input#name");
        founder.type("#name", ORG_NAME);
        founder.enter();
        founder.waitForUrl("/me/organisation");
        Awaitility.await("the organisation's page, signed in again")
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> founder.text("h1").equals("Organisation: " + ORG_NAME));
        assertThat(founder.text("main")).contains(ORG_ID, "(you)");
        founder.accessible("the organisation's page");
        founder.screenshot("account-organisation");

        String token = KeycloakAdminApi.passwordGrant(FOUNDER, PASSWORD);
        assertThat(KeycloakAdminApi.claims(token).getList("organization")).containsExactly(ORG_ID);
        assertThat(KeycloakAdminApi.claims(token).getList("groups")).contains("organisation");
    }

    @Test
    @Order(3)
    void theyApplyForAccreditationAndTheSecretariatAccreditsIt() {
        String token = KeycloakAdminApi.passwordGrant(FOUNDER, PASSWORD);
        as(KeycloakTokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("name,status,year\n" + ORG_NAME + ",special,2019\n")
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
        String application = as(token, accreditation)
                .body(Map.of(
                        "bodyId",
                        BODY,
                        "organisation",
                        Map.of(
                                "name", ORG_NAME,
                                "country", "KE",
                                "type", "NGO",
                                "contactEmail", FOUNDER_EMAIL,
                                "ecosocStatus", "SPECIAL")))
                .post("/applications")
                .then()
                .statusCode(201)
                .body("organisationId", equalTo(ORG_ID))
                .extract()
                .path("id");
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("name", ORG_NAME))
                .post("/applications/{id}/ecosoc-match", application)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCREDITED"));
    }

    @Test
    @Order(4)
    void theyInviteAColleagueWhoFollowsTheMailSignsUpAndRegistersADelegate() throws IOException {
        founder.open(portal.url() + "/me/organisation");
        founder.type("#email", COLLEAGUE_EMAIL);
        founder.type("#firstName", "Second");
        founder.type("#lastName", "Focal point");
        founder.clickAndWait("form[action='/me/organisation/invitations'] button[type=submit]");
        assertThat(founder.text(".notice")).isEqualTo("An invitation is on its way to " + COLLEAGUE_EMAIL + ".");
        founder.accessible("the organisation's page after an invitation");

        colleague = Browser.start("en");
        colleague.open(Mailbox.link(COLLEAGUE_EMAIL, 1, "nvitation"));
        colleague.accessible("Keycloak's registration page from the invitation");
        fillKeycloaksRegistration(colleague, COLLEAGUE, COLLEAGUE_EMAIL, "Open Rights Lab");
        finishKeycloaksSteps(colleague, COLLEAGUE_EMAIL, 1);
        String token = Awaitility.await("the colleague's token names the organisation")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(
                        () -> KeycloakAdminApi.passwordGrant(COLLEAGUE, PASSWORD),
                        t -> KeycloakAdminApi.claims(t).getList("organization").contains(ORG_ID));

        colleague.open(portal.url() + "/me/organisation");
        colleague.waitForUrl("/me/organisation");
        assertThat(colleague.text("h1")).isEqualTo("Organisation: " + ORG_NAME);
        assertThat(colleague.text("#members")).contains("Open Rights Lab (you)", FOUNDER_EMAIL);
        colleague.accessible("the organisation's page, for the colleague");
        colleague.screenshot("account-colleague");

        Awaitility.await("registration knows the organisation's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(token, registration)
                        .get("/sessions/{id}/eligibility", session)
                        .then()
                        .body("eligible", equalTo(true)));
        as(token, registration)
                .body(Map.of(
                        "delegate",
                        Map.of(
                                "name",
                                "Delegate of " + ORG_NAME,
                                "email",
                                "delegate@" + ORG_ID + ".example",
                                "headOfDelegation",
                                true),
                        "joinWaitingList",
                        false))
                .post("/sessions/{id}/registrations", session)
                .then()
                .statusCode(201)
                .body("organisationId", equalTo(ORG_ID));
    }

    @Test
    @Order(5)
    void removingTheInvitedColleagueDeletesTheAccountKeycloakManages() throws IOException {
        String colleagueId = KeycloakAdminApi.userId(COLLEAGUE);
        founder.open(portal.url() + "/me/organisation");
        // Who registered through the invitation is a member Keycloak manages: removing them deletes the account.
        assertThat(founder.text("#managed-" + colleagueId)).contains("Joined by invitation");
        founder.clickAndWait("tr#member-" + colleagueId + " button[type=submit]");
        assertThat(founder.text(".notice")).contains("is no longer a focal point", "their account is deleted");
        assertThat(founder.text("#members")).doesNotContain(COLLEAGUE_EMAIL);
        founder.accessible("the organisation's page after removing a managed member");
        assertThat(KeycloakAdminApi.userId(COLLEAGUE)).isNull();
    }

    @Test
    @Order(6)
    void aRemovedMemberWithAnAccountOfTheirOwnKeepsItAndTheirNextTokenNamesNoOrganisation() throws IOException {
        other = Browser.start("fr");
        other.open(portal.url() + "/signup");
        other.waitForUrl("/registrations");
        fillKeycloaksRegistration(other, OTHER, OTHER_EMAIL, "Autre");
        finishKeycloaksSteps(other, OTHER_EMAIL, 0);
        assertThat(other.text("h1")).isEqualTo("Votre compte est prêt");
        other.accessible("the signed-up page in French");

        // By keyboard: Tab to the invitation's e-mail field, type, Enter (the form's submission from its field).
        founder.open(portal.url() + "/me/organisation");
        founder.focusFromTheTop();
        founder.tabTo("input#email");
        founder.typeHere(OTHER_EMAIL);
        founder.enter();
        Awaitility.await("the invitation's notice")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> founder.text(".notice").contains(OTHER_EMAIL));
        // An account that exists gets Keycloak's link to join (not to register).
        other.open(Mailbox.link(OTHER_EMAIL, 2, ""));
        String joined = Awaitility.await(OTHER + " joins the organisation")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> {
                            if (!other.url().startsWith(portal.url())) {
                                List<org.openqa.selenium.WebElement> next = other.driver.findElements(
                                        By.cssSelector("a[href*='action-token'], form [type=submit]"));
                                if (!next.isEmpty()) {
                                    next.get(0).click();
                                }
                            }
                            return KeycloakAdminApi.passwordGrant(OTHER, PASSWORD);
                        },
                        t -> KeycloakAdminApi.claims(t).getList("organization").contains(ORG_ID));
        assertThat(joined).isNotBlank();

        String otherId = KeycloakAdminApi.userId(OTHER);
        founder.open(portal.url() + "/me/organisation");
        assertThat(founder.driver.findElements(By.id("managed-" + otherId))).isEmpty();
        founder.clickAndWait("tr#member-" + otherId + " button[type=submit]");
        assertThat(founder.text(".notice"))
                .contains("is no longer a focal point of the organisation.")
                .doesNotContain("deleted");
        founder.accessible("the organisation's page after a removal");

        assertThat(KeycloakAdminApi.userId(OTHER)).isEqualTo(otherId);
        String token = KeycloakAdminApi.passwordGrant(OTHER, PASSWORD);
        assertThat(KeycloakAdminApi.claims(token).getList("organization")).isNullOrEmpty();
        as(token, registration)
                .get("/registrations")
                .then()
                .statusCode(403)
                .body("rule", equalTo("organisation-claim-required"));
        // In the portal what Keycloak says now counts, not an older token: they are a focal point of nothing.
        other.open(portal.url() + "/me/organisation");
        other.waitForUrl("/me/organisation");
        assertThat(other.text("h1")).isEqualTo("Créer votre organisation");
        other.accessible("the create form in French, for the removed member");
    }

    @Test
    @Order(7)
    void theSecretariatSeesTheAccountsAndDisablesOne() throws IOException {
        Browser officer = Browser.start("en");
        try {
            officer.open(portal.url() + "/me/accounts?q=" + RUN);
            officer.waitForUrl("/realms/plenary/");
            officer.type("#username", "officer");
            officer.clickAndWait("[type=submit]");
            officer.driver.findElement(By.name("password")).sendKeys("plenary-local-only");
            officer.clickAndWait("[type=submit]");
            officer.waitForUrl("/me/accounts");
            assertThat(officer.text("#results-count")).isEqualTo("2 accounts");
            assertThat(officer.text("#accounts")).contains(FOUNDER, ORG_NAME + " (" + ORG_ID + ")", OTHER);
            officer.accessible("the secretariat's accounts");
            officer.screenshot("account-secretariat");
            String otherId = KeycloakAdminApi.userId(OTHER);
            officer.clickAndWait("tr#account-" + otherId + " button[type=submit]");
            assertThat(officer.text("tr#account-" + otherId)).contains("Disabled", "Enable " + OTHER);
            given().baseUri(KeycloakTokens.ISSUER)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "plenary-cli")
                    .formParam("username", OTHER)
                    .formParam("password", PASSWORD)
                    .post("/protocol/openid-connect/token")
                    .then()
                    .statusCode(400);
            officer.clickAndWait("tr#account-" + otherId + " button[type=submit]");
            assertThat(officer.text("tr#account-" + otherId)).contains("Enabled");
            officer.accessible("the secretariat's accounts after enabling");
        } finally {
            officer.close();
        }
    }
}
