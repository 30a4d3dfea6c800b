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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.testing.JwtKeys;
import org.plenary.testing.Tokens;

/**
 * The portal in a real browser: the four services and the portal run as processes from their packaged builds,
 * data is loaded through the services' APIs, and Debian's headless Chromium walks the public pages. axe-core
 * checks every page visited (no serious or critical violation); screenshots go to
 * {@code deploy/e2e/target/screenshots}. The portal is pointed at a Keycloak that is not there: the public pages
 * must not need it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    private static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final Path AXE = ROOT.resolve("deploy/local/.run/browser/axe-core-4.14.1/axe.min.js");
    private static final Path SCREENSHOTS = ROOT.resolve("deploy/e2e/target/screenshots");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BODY = "ahc-portal-" + RUN;
    private static final String BODY_NAME = "Ad Hoc Committee on Cybercrime (portal run " + RUN + ")";
    private static final String TITLE = "Concluding session (portal run " + RUN + ")";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess sideEvents;
    private static ServiceProcess submissions;
    private static ServiceProcess portal;
    private static WebDriver browser;
    private static String axe;
    private static String session;
    private static String checksum;

    private static final String TEST_ISSUER = "https://plenary.local";

    /** A service that verifies the tokens this test signs with its own key. */
    private static ServiceProcess testKeyed(ServiceProcess service, Path publicKey) {
        return service.env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString())
                .env("PLENARY_JWT_ISSUER", TEST_ISSUER);
    }

    @BeforeAll
    static void startTheSystemAndTheBrowser() throws Exception {
        if (!Files.exists(AXE) || !new File("/usr/bin/chromium").canExecute()) {
            throw new IllegalStateException("Chromium or axe-core is missing: run deploy/local/browser first");
        }
        axe = Files.readString(AXE);
        Map<String, String> keys = new JwtKeys().start();
        Path publicKey = Files.createDirectories(ROOT.resolve("deploy/e2e/target/e2e-keys"))
                .resolve("portal-public.pem");
        Files.writeString(publicKey, keys.get("mp.jwt.verify.publickey"));
        System.setProperty("smallrye.jwt.sign.key", keys.get("smallrye.jwt.sign.key"));
        // The services verify this test's own key here, not Keycloak's (the Vienna test signs in through Keycloak).
        System.setProperty("smallrye.jwt.new-token.issuer", TEST_ISSUER);
        System.setProperty("smallrye.jwt.new-token.audience", "plenary-api");

        accreditation =
                start(testKeyed(new ServiceProcess(ROOT, "accreditation-service", 18181, "accreditation"), publicKey));
        registration =
                start(testKeyed(new ServiceProcess(ROOT, "registration-service", 18182, "registration"), publicKey)
                        .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-portal-" + RUN));
        sideEvents = start(testKeyed(new ServiceProcess(ROOT, "side-event-service", 18183, "sideevent"), publicKey)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "side-event-portal-" + RUN)
                .env("MP_MESSAGING_INCOMING_REGISTRATIONS_GROUP_ID", "side-event-portal-" + RUN));
        submissions = start(testKeyed(new ServiceProcess(ROOT, "submission-service", 18184, "submission"), publicKey)
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "submission-portal-" + RUN)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "submission-portal-" + RUN)
                .env("MP_MESSAGING_INCOMING_BODIES_GROUP_ID", "submission-portal-" + RUN)
                .env(
                        "SUBMISSION_FILES_DIRECTORY",
                        ROOT.resolve("deploy/e2e/target/portal-files").toString()));
        portal = start(testKeyed(new ServiceProcess(ROOT, "portal", 18180, "portal"), publicKey)
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", sideEvents.url())
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", submissions.url())
                // No Keycloak there: the public pages must work without it.
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:1/realms/absent"));

        loadTheSession();

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    private static ServiceProcess start(ServiceProcess process) throws IOException {
        PROCESSES.add(process);
        return process.start(true);
    }

    @AfterAll
    static void stopEverything() throws Exception {
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

    /** A body, five accredited organisations, a session, a side event in a room, a published submission. */
    private static void loadTheSession() throws Exception {
        as(Tokens.secretariat(), accreditation)
                .body(Map.of("id", BODY, "name", BODY_NAME, "objectionDisclosure", "REASON_ONLY"))
                .post("/bodies")
                .then()
                .statusCode(201);
        as(Tokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("""
                        name,status,year
                        Human Rights Watch,special,1993
                        Access Now,special,2017
                        ARTICLE 19,special,1991
                        Kenya ICT Action Network,special,2013
                        Universidad de Chile,special,2012
                        """)
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(200);
        for (List<String> org : List.of(
                List.of("hrw", "Human Rights Watch", "US", "NGO"),
                List.of("access-now", "Access Now", "US", "NGO"),
                List.of("article19", "ARTICLE 19", "GB", "NGO"),
                List.of("kictanet", "Kenya ICT Action Network", "KE", "NGO"),
                List.of("uchile", "Universidad de Chile", "CL", "ACADEMIA"))) {
            String id = as(Tokens.organisation(org.get(0)), accreditation)
                    .body(Map.of(
                            "bodyId",
                            BODY,
                            "organisation",
                            Map.of(
                                    "name", org.get(1),
                                    "country", org.get(2),
                                    "type", org.get(3),
                                    "contactEmail", "focal.point@" + org.get(0) + ".example",
                                    "ecosocStatus", "SPECIAL")))
                    .post("/applications")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(Tokens.secretariat(), accreditation)
                    .body(Map.of("name", org.get(1)))
                    .post("/applications/{id}/ecosoc-match", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCREDITED"));
        }

        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new java.util.HashMap<>();
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
        request.put("delegateQuota", 2);
        request.put("latePolicy", "REFUSE");
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        request.put(
                "sideEventProposalDeadline",
                Instant.now().plus(Duration.ofDays(10)).toString());
        request.put(
                "submissionDeadline", Instant.now().plus(Duration.ofDays(10)).toString());
        request.put("submissionWordLimit", 2000);
        session = as(Tokens.secretariat(), registration)
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");

        Awaitility.await("registration knows hrw's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(Tokens.organisation("hrw"), registration)
                        .get("/sessions/{id}/eligibility", session)
                        .then()
                        .body("eligible", equalTo(true)));
        as(Tokens.organisation("hrw"), registration)
                .body(Map.of(
                        "delegate",
                        Map.of("name", "Delegate of HRW", "email", "delegate@hrw.example", "headOfDelegation", true),
                        "joinWaitingList",
                        false))
                .post("/sessions/{id}/registrations", session)
                .then()
                .statusCode(201);
        Awaitility.await("side events know hrw's registration")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(Tokens.secretariat(), sideEvents)
                        .get("/sessions/{id}/eligibility/{org}", session, "hrw")
                        .then()
                        .body("eligible", equalTo(true)));
        String room = as(Tokens.secretariat(), sideEvents)
                .body(Map.of("name", "Conference Room M3", "capacity", 80, "equipment", List.of("interpretation")))
                .post("/sessions/{id}/rooms", session)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> slots = as(Tokens.secretariat(), sideEvents)
                .body(Map.of("periods", List.of("LUNCH")))
                .post("/sessions/{id}/slots/standard", session)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String proposal = as(Tokens.organisation("hrw"), sideEvents)
                .body(Map.of(
                        "title", "Human rights safeguards in the Convention",
                        "description", "Safeguards, oversight and cross-border data access.",
                        "format", "HYBRID",
                        "expectedAttendance", 60))
                .post("/sessions/{id}/proposals", session)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat(), sideEvents)
                .body(Map.of("roomId", room, "slotId", slots.get(0)))
                .post("/proposals/{id}/approval", proposal)
                .then()
                .statusCode(200);

        byte[] pdf = pdf("Observers should take part in the Conference as they did in the negotiations.");
        checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Awaitility.await("submissions know the session and article19's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> submit(new byte[0]).statusCode(400).body("rule", equalTo("empty-file")));
        String submission = submit(pdf).statusCode(201).extract().path("id");
        as(Tokens.secretariat(), submissions)
                .post("/submissions/{id}/publication", submission)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse submit(byte[] file) {
        return given().baseUri(submissions.url())
                .auth()
                .oauth2(Tokens.organisation("article19"))
                .multiPart("title", "Rule 17: participation of non-governmental organisations")
                .multiPart("agendaItem", "Rules of procedure of the Conference")
                .multiPart("language", "en")
                .multiPart("file", "rule-17.pdf", file, "application/pdf")
                .post("/sessions/{id}/submissions", session)
                .then();
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

    // ---------------------------------------------------------------- the browser

    private static void open(String path) {
        browser.get(portal.url() + path);
    }

    private static String html() {
        return browser.getPageSource();
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Runs axe-core in the page: no serious or critical violation. */
    private static void accessible(String page) throws IOException {
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
        assertThat(grave)
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private static String active() {
        WebElement element = browser.switchTo().activeElement();
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    /** Presses Tab until the element is focused (at most 40 times), as a keyboard user would. */
    private static void tabTo(String wanted) {
        for (int i = 0; i < 40 && !active().equals(wanted); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(active()).as("reached by Tab").isEqualTo(wanted);
    }

    @Test
    @Order(1)
    void theHomePageListsTheBodyAndItsSessionWithoutKeycloak() throws IOException {
        open("/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(html()).contains(BODY_NAME, TITLE, "Registration deadline", "closes in");
        accessible("the home page");
        screenshot("home");
    }

    @Test
    @Order(2)
    void theAccreditedListIsSearchedByKeyboard() throws IOException {
        open("/bodies/" + BODY + "/organisations");
        assertThat(find("#results-count").getText()).isEqualTo("5 organisations");
        accessible("the accredited organisations");
        screenshot("accredited-organisations");

        find("body").click();
        tabTo("input#q");
        browser.switchTo().activeElement().sendKeys("kenya");
        tabTo("button");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=kenya"));
        assertThat(find("#results-count").getText()).isEqualTo("1 organisation");
        assertThat(find("table tbody").getText())
                .contains("Kenya ICT Action Network")
                .doesNotContain("Access Now");
        accessible("the search's results");
        screenshot("accredited-search");

        open("/bodies/" + BODY + "/organisations?type=ACADEMIA");
        assertThat(find("table tbody").getText())
                .contains("Universidad de Chile")
                .doesNotContain("Human Rights Watch");
    }

    @Test
    @Order(3)
    void aCountryTheServiceRefusesIsShownNextToTheField() throws IOException {
        open("/bodies/" + BODY + "/organisations?country=Kenya");
        assertThat(find(".error-summary").getText()).contains("There is a problem", "ISO 3166-1 alpha-2");
        assertThat(find("#country-error").getText()).contains("ISO 3166-1 alpha-2");
        find(".error-summary a").click();
        assertThat(active()).isEqualTo("input#country");
        accessible("the refused search");
    }

    @Test
    @Order(4)
    void theProgrammeIsByDayTimeAndRoomWithItsCalendar() throws Exception {
        open("/sessions/" + session);
        find("a[href$='/programme']").click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/programme"));
        assertThat(find("main").getText())
                .contains(
                        "Human rights safeguards in the Convention",
                        "Conference Room M3",
                        "13:15",
                        "Human Rights Watch");
        accessible("the programme");
        screenshot("programme");
        String calendar = find("a[href$='programme.ics']").getAttribute("href");
        HttpResponse<String> ics = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(calendar)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "Human rights safeguards in the Convention");
    }

    @Test
    @Order(5)
    void thePublishedSubmissionsHaveTheirFileAndChecksum() throws Exception {
        open("/sessions/" + session + "/submissions");
        assertThat(find("main").getText())
                .contains("Rule 17: participation of non-governmental organisations")
                .contains(checksum);
        accessible("the published submissions");
        screenshot("submissions");
        String file = find("a[href$='/file']").getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Checksum-SHA256")).hasValue(checksum);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                .isEqualTo(checksum);
    }

    @Test
    @Order(6)
    void theTransparencyPageRendersWhatTheServicePublishes() throws IOException {
        open("/bodies/" + BODY + "/transparency");
        assertThat(find("h1").getText()).isEqualTo("Transparency: " + BODY_NAME);
        String text = find("main").getText();
        assertThat(text.contains("The statistics of this body are not published yet.") || text.contains("Received"))
                .as("the statistics, or the page saying they are not published")
                .isTrue();
        accessible("the transparency page");
        screenshot("transparency");
    }

    @Test
    @Order(7)
    void aSessionInFrench() throws IOException {
        open("/sessions/" + session);
        find("a[hreflang='fr']").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("html").getAttribute("dir")).isEqualTo("ltr");
        assertThat(find("main").getText())
                .contains("Date limite d'inscription", "heure du lieu", "Programme des manifestations parallèles");
        accessible("the session in French");
        screenshot("session-fr");
    }

    @Test
    @Order(8)
    void theHomePageInArabicIsRightToLeft() throws IOException {
        open("/");
        find("a[hreflang='ar']").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find("h1").getText()).isEqualTo("الهيئات والدورات");
        accessible("the home page in Arabic");
        screenshot("home-ar");
        find("a[hreflang='en']").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
