package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A focal point's flows in a real browser against the real system: the four services and the portal run as
 * processes from their packaged builds, verifying the local Keycloak's tokens; Chromium signs in through
 * Keycloak's own (identity-first) login page as the demo focal point of the EFF, and walks: applying for
 * accreditation, the nomination letter and registering a delegate by keyboard only, proposing a side event and
 * uploading a written submission, each with one refusal shown in words on the page. The secretariat's part
 * (accepting the application, the slots) is done through the services' APIs. axe-core runs on every portal page
 * visited (no serious or critical violation; Keycloak's own login pages are checked and their findings written to
 * {@code target/screenshots/focal-point-keycloak-axe.json}, not asserted: they are not this project's markup);
 * each portal page's transfer is under 100 KB; screenshots go to {@code deploy/e2e/target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FocalPointIT {

    private static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final Path AXE = ROOT.resolve("deploy/local/.run/browser/axe-core-4.14.1/axe.min.js");
    private static final Path SCREENSHOTS = ROOT.resolve("deploy/e2e/target/screenshots");
    private static final Path FILES = ROOT.resolve("deploy/e2e/target/focal-point-files");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BODY = "cosp-fp-" + RUN;
    private static final String BODY_NAME = "Conference of the States Parties (focal-point run " + RUN + ")";
    private static final String TITLE = "First session (focal-point run " + RUN + ")";
    /** The demo focal point (deploy/keycloak/plenary-realm.json) and its organisation. */
    private static final String USER = "focal-point.eff";

    private static final String ORGANISATION = "eff";
    private static final String PASSWORD = "plenary-local-only";
    private static final int PORTAL_PORT = 18180;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static final List<String> KEYCLOAK_FINDINGS = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess sideEvents;
    private static ServiceProcess submissions;
    private static ServiceProcess portal;
    private static WebDriver browser;
    private static String axe;
    private static String session;

    @BeforeAll
    static void startTheSystemAndTheBrowser() throws Exception {
        if (!Files.exists(AXE) || !new File("/usr/bin/chromium").canExecute()) {
            throw new IllegalStateException("Chromium or axe-core is missing: run deploy/local/browser first");
        }
        axe = Files.readString(AXE);
        Awaitility.await(
                        "Keycloak's realm plenary on " + KeycloakTokens.URL + " (deploy/local/plenary infra starts it)")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get(KeycloakTokens.JWKS).then().statusCode(200));

        accreditation = start(new ServiceProcess(ROOT, "accreditation-service", 18181, "accreditation"));
        registration = start(new ServiceProcess(ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-fp-" + RUN));
        sideEvents = start(new ServiceProcess(ROOT, "side-event-service", 18183, "sideevent")
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "side-event-fp-" + RUN)
                .env("MP_MESSAGING_INCOMING_REGISTRATIONS_GROUP_ID", "side-event-fp-" + RUN)
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "side-event-fp-" + RUN));
        submissions = start(new ServiceProcess(ROOT, "submission-service", 18184, "submission")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "submission-fp-" + RUN)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "submission-fp-" + RUN)
                .env("MP_MESSAGING_INCOMING_BODIES_GROUP_ID", "submission-fp-" + RUN)
                .env(
                        "SUBMISSION_FILES_DIRECTORY",
                        ROOT.resolve("deploy/e2e/target/focal-point-stored").toString()));
        // The portal signs in through the local Keycloak (client plenary-portal, whose redirect URIs include
        // this port) with the realm file's local-only client secret.
        portal = start(new ServiceProcess(ROOT, "portal", PORTAL_PORT, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", sideEvents.url())
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", submissions.url())
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTokens.ISSUER));

        theSecretariatPreparesTheBodyAndTheSession();

        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(FILES);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("focal-point-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static ServiceProcess start(ServiceProcess process) throws IOException {
        PROCESSES.add(process);
        return process.start(true);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (!KEYCLOAK_FINDINGS.isEmpty()) {
            Files.writeString(
                    SCREENSHOTS.resolve("focal-point-keycloak-axe.json"),
                    "[" + String.join(",", KEYCLOAK_FINDINGS) + "]");
        }
        if (browser != null) {
            browser.quit();
        }
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).close();
        }
    }

    private static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * A body open to applications whose ECOSOC list holds the EFF, and a session that asks for a nomination
     * letter, allows one delegate per organisation, and has side-event slots.
     */
    private static void theSecretariatPreparesTheBodyAndTheSession() {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("id", BODY, "name", BODY_NAME, "objectionDisclosure", "REASON_ONLY"))
                .post("/bodies")
                .then()
                .statusCode(201);
        as(KeycloakTokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("""
                        name,status,year
                        Electronic Frontier Foundation,special,2005
                        """)
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(200);

        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", BODY);
        request.put("title", TITLE);
        request.put("venue", "Vienna International Centre");
        request.put("timeZone", "Europe/Vienna");
        request.put("startDate", start.toString());
        request.put("endDate", start.plusDays(4).toString());
        request.put(
                "registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        request.put(
                "registrationDeadline", Instant.now().plus(Duration.ofDays(20)).toString());
        request.put("participation", "ACCREDITATION_ONLY");
        request.put("delegateQuota", 1);
        request.put("latePolicy", "REFUSE");
        request.put("nominationLetterRequired", true);
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        request.put(
                "sideEventProposalDeadline",
                Instant.now().plus(Duration.ofDays(10)).toString());
        request.put(
                "submissionDeadline", Instant.now().plus(Duration.ofDays(10)).toString());
        request.put("submissionWordLimit", 2000);
        session = as(KeycloakTokens.secretariat(), registration)
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        Awaitility.await("side events know the session")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.secretariat(), sideEvents)
                        .body(Map.of("periods", List.of("LUNCH", "EVENING")))
                        .post("/sessions/{id}/slots/standard", session)
                        .then()
                        .statusCode(200));
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String file(String name, byte[] content) throws IOException {
        Path path = FILES.resolve(name);
        Files.write(path, content);
        return path.toString();
    }

    // ---------------------------------------------------------------- the browser

    private static void open(String path) {
        browser.get(portal.url() + path);
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static void waitFor(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    /** axe-core's serious and critical violations on the page, as text. */
    private static List<String> violations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e)}])));");
        List<String> grave = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(answer.toString())) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                grave.add(impact + " " + violation.path("id").asText() + ": "
                        + violation.path("help").asText() + " " + violation.path("nodes"));
            }
        }
        return grave;
    }

    /**
     * The portal page as it is now: no serious or critical accessibility violation, and its transfer (the
     * document and what it loaded) under 100 KB; then its screenshot, where one is named.
     */
    private static void checked(String page, String screenshot) throws IOException {
        assertThat(browser.getCurrentUrl()).as(page + " is a portal page").startsWith(portal.url());
        assertThat(violations())
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
        Object bytes = ((JavascriptExecutor) browser)
                .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                        + "const r = performance.getEntriesByType('resource').reduce((s, e) => s + e.transferSize, 0);"
                        + "return (n ? Math.max(n.transferSize, n.encodedBodySize) : 0) + r;");
        assertThat(((Number) bytes).longValue())
                .as("bytes transferred for " + page)
                .isLessThan(100 * 1024);
        assertThat(browser.getPageSource().getBytes(StandardCharsets.UTF_8).length)
                .as("size of " + page)
                .isLessThan(100 * 1024);
        if (screenshot != null) {
            screenshot(screenshot);
        }
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("focal-point-" + name + ".png"), png);
    }

    private static String active() {
        WebElement element = browser.switchTo().activeElement();
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    /** Presses Tab until the element is focused (at most 60 times), as a keyboard user would. */
    private static void tabTo(String wanted) {
        for (int i = 0; i < 60 && !active().equals(wanted); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(active()).as("reached by Tab").isEqualTo(wanted);
    }

    private static void type(String wanted, String text) {
        tabTo(wanted);
        browser.switchTo().activeElement().sendKeys(text);
    }

    private static void keycloakFindings(String page) throws IOException {
        for (String finding : violations()) {
            KEYCLOAK_FINDINGS.add(JSON.writeValueAsString(page + ": " + finding));
        }
    }

    private static String idInUrl(String prefix) {
        String url = browser.getCurrentUrl();
        String rest = url.substring(url.indexOf(prefix) + prefix.length());
        return rest.replaceAll("[/?#].*$", "");
    }

    // ---------------------------------------------------------------- the flows

    @Test
    @Order(1)
    void theFocalPointSignsInThroughKeycloaksLoginPage() throws IOException {
        open("/me");
        waitFor("#username");
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakTokens.URL);
        keycloakFindings("the username page");
        screenshot("keycloak-username");
        find("#username").sendKeys(USER);
        find("#username").sendKeys(Keys.ENTER);
        waitFor("#password");
        keycloakFindings("the password page");
        find("#password").sendKeys(PASSWORD);
        find("#password").sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(portal.url() + "/me"));
        assertThat(find("main").getText()).contains("Signed in as", "Apply for accreditation");
        checked("the dashboard", "dashboard");
    }

    @Test
    @Order(2)
    void theFocalPointAppliesForAccreditationAndAnApplicationTooManyIsRefusedInWords() throws IOException {
        find("a[href='/me/applications/new']").click();
        waitFor("form[action='/me/applications']");
        checked("the application form", "apply");
        new Select(find("#bodyId")).selectByValue(BODY);
        find("#organisation-name").sendKeys("Electronic Frontier Foundation");
        find("#organisation-acronym").sendKeys("EFF");
        find("#organisation-country").sendKeys("US");
        new Select(find("#organisation-type")).selectByValue("NGO");
        find("#organisation-website").sendKeys("https://www.eff.org");
        find("#organisation-contactEmail").sendKeys("un@eff.example");
        new Select(find("#organisation-ecosocStatus")).selectByValue("SPECIAL");
        find("form[action='/me/applications'] button[type=submit]").click();
        waitForUrl("done=applied");
        assertThat(find("main").getText()).contains("Your application has been sent.", BODY_NAME);
        checked("the application", "application");
        String application = idInUrl("/me/applications/");

        // The secretariat matches the claim to the ECOSOC list: accredited through the fast track.
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("name", "Electronic Frontier Foundation"))
                .post("/applications/{id}/ecosoc-match", application)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCREDITED"));
        browser.navigate().refresh();
        assertThat(find("#status").getText()).isEqualTo("Accredited");
        assertThat(find("main").getText()).contains("History", "The secretariat");
        checked("the accredited application", null);

        // A second application to the same body: the service's rule, next to the body field.
        open("/me/applications/new?bodyId=" + BODY);
        find("#organisation-name").sendKeys("Electronic Frontier Foundation");
        find("#organisation-country").sendKeys("US");
        new Select(find("#organisation-type")).selectByValue("NGO");
        find("#organisation-contactEmail").sendKeys("un@eff.example");
        find("form[action='/me/applications'] button[type=submit]").click();
        waitFor("#bodyId-error");
        assertThat(find("#bodyId-error").getText()).contains("already has an application in progress");
        assertThat(find(".error-summary").getText()).contains("There is a problem");
        checked("the refused application", "apply-refused");
    }

    @Test
    @Order(3)
    void theFocalPointUploadsTheLetterAndRegistersADelegateByKeyboardOnly() throws Exception {
        Awaitility.await("registration knows the EFF's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.organisation(ORGANISATION), registration)
                        .get("/sessions/{id}/eligibility", session)
                        .then()
                        .body(
                                "reasons.rule",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("not-accredited"))));

        open("/me/sessions/" + session + "/register");
        assertThat(find("main").getText()).contains("nomination letter");
        checked("the register form", "register");

        // The letter, by keyboard: Tab to the link, Enter; Tab to the file field and give it a file that is not a PDF.
        tabToLink("/me/nomination-letters/" + session);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor("input#letter");
        checked("the nomination-letter form", "letter");
        tabTo("input#letter");
        browser.switchTo()
                .activeElement()
                .sendKeys(
                        file("not-a-letter.pdf", "Dear secretariat, this is no PDF.".getBytes(StandardCharsets.UTF_8)));
        tabTo("button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor("#letter-error");
        assertThat(find("#letter-error").getText()).containsIgnoringCase("pdf");
        checked("the refused letter", "letter-refused");

        tabTo("input#letter");
        browser.switchTo()
                .activeElement()
                .sendKeys(file("nomination-letter.pdf", pdf("The EFF names Cindy Cohn as head of its delegation.")));
        tabTo("button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForUrl("done=letter");
        assertThat(find("main").getText()).contains("The nomination letter has been uploaded.");
        checked("the uploaded letter", null);

        // The delegate, by keyboard.
        tabToLink("/me/sessions/" + session + "/register");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor("input#delegate-name");
        type("input#delegate-name", "Cindy Cohn");
        type("input#delegate-email", "cindy@eff.example");
        type("input#delegate-function", "Executive Director");
        tabTo("input#delegate-headOfDelegation");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        tabTo("button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("is registered"));
        assertThat(find("h1").getText()).isEqualTo("Cindy Cohn is registered.");
        checked("the registered delegate", "registered");

        // Its page: status, seats; then a second delegate beyond the quota of one, refused in words.
        tabToLink("/me/registrations/");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor("#status");
        assertThat(find("main").getText()).contains("1 delegate per organisation", "Substitute another delegate");
        checked("the registration", "registration");

        open("/me/sessions/" + session + "/register");
        type("input#delegate-name", "Second delegate");
        type("input#delegate-email", "second@eff.example");
        tabTo("button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(".error-summary");
        assertThat(find(".error-summary").getText())
                .contains("There is a problem")
                .containsIgnoringCase("quota");
        checked("the refused registration", "register-refused");
    }

    /** The path of the focused link, or null. */
    private static String linkPath() {
        String href = browser.switchTo().activeElement().getAttribute("href");
        return href == null ? null : href.replace(portal.url(), "");
    }

    /** Presses Tab until a link to a path starting with {@code path} is focused (at most 80 times). */
    private static void tabToLink(String path) {
        for (int i = 0; i < 80 && (linkPath() == null || !linkPath().startsWith(path)); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(linkPath()).as("a link to " + path + " reached by Tab").startsWith(path);
    }

    @Test
    @Order(4)
    void theFocalPointProposesASideEventAndAMissingAttendanceIsRefusedNextToItsField() throws IOException {
        Awaitility.await("side events know the EFF's registration")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.secretariat(), sideEvents)
                        .get("/sessions/{id}/eligibility/{org}", session, ORGANISATION)
                        .then()
                        .body("eligible", equalTo(true)));
        open("/me");
        find("a[href='/me/side-events']").click();
        waitFor("a[href='/me/side-events/new?sessionId=" + session + "']");
        checked("the side events", "side-events");
        find("a[href='/me/side-events/new?sessionId=" + session + "']").click();
        waitFor("input#title");
        checked("the proposal form", "propose");
        find("#title").sendKeys("Encryption and the Convention");
        find("#description").sendKeys("Why lawful access must not weaken encryption.");
        find("#format-HYBRID").click();
        new Select(find("#preferredSlot-1")).selectByIndex(1);
        find("form button[type=submit]").click();
        waitFor("#expectedAttendance-error");
        assertThat(find("#expectedAttendance-error").getText()).isNotBlank();
        assertThat(find("#title").getAttribute("value")).isEqualTo("Encryption and the Convention");
        checked("the refused proposal", "propose-refused");

        find("#expectedAttendance").sendKeys("40");
        find("form button[type=submit]").click();
        waitForUrl("done=proposed");
        assertThat(find("#status").getText()).isEqualTo("Awaiting the secretariat");
        assertThat(find("main").getText()).contains("Encryption and the Convention", "Preferred slots");
        checked("the proposed side event", "side-event");
    }

    @Test
    @Order(5)
    void theFocalPointUploadsASubmissionAndAFileThatIsNotAPdfIsRefusedNextToTheField() throws Exception {
        Awaitility.await("submissions know the session and the EFF's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(submissions.url())
                        .auth()
                        .oauth2(KeycloakTokens.organisation(ORGANISATION))
                        .multiPart("title", "probe")
                        .multiPart("agendaItem", "probe")
                        .multiPart("language", "en")
                        .multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                        .post("/sessions/{id}/submissions", session)
                        .then()
                        .statusCode(400)
                        .body("rule", equalTo("empty-file")));
        open("/me/submissions");
        checked("the submissions", "submissions");
        find("a[href='/me/submissions/new?sessionId=" + session + "']").click();
        waitFor("input#file");
        checked("the submission form", "submit");
        find("#title").sendKeys("Rule 17: open participation");
        find("#agendaItem").sendKeys("Rules of procedure of the Conference");
        new Select(find("#language")).selectByValue("en");
        find("#file").sendKeys(file("statement.pdf", "Plain words, not a PDF.".getBytes(StandardCharsets.UTF_8)));
        find("form button[type=submit]").click();
        waitFor("#file-error");
        assertThat(find("#file-error").getText()).containsIgnoringCase("pdf");
        assertThat(find("#title").getAttribute("value")).isEqualTo("Rule 17: open participation");
        checked("the refused submission", "submit-refused");

        find("#file")
                .sendKeys(file(
                        "rule-17.pdf",
                        pdf("Observers should take part in the Conference as they did in the negotiations.")));
        find("form button[type=submit]").click();
        waitForUrl("done=submitted");
        assertThat(find("#status").getText()).isEqualTo("Awaiting publication");
        assertThat(Integer.parseInt(find("#word-count").getText())).isPositive();
        assertThat(find("main").getText()).contains("rule-17.pdf", "Versions of the file");
        checked("the submission", "submission");
    }
}
