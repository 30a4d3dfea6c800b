package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's queue of written submissions in a real browser against the real system: the accreditation,
 * registration and submission services and the portal run as processes from their packaged builds; a demo
 * organisation, accredited on the ECOSOC fast track, files a PDF through the API. The demo officer signs in through
 * Keycloak, finds it in the session's queue with its language and word count, opens it (the file, its size and
 * checksum), and publishes it: it is then on the public list. axe-core on every portal page visited.
 */
class SubmissionDeskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BODY = "cosp-sub-desk-" + RUN;
    private static final String ORGANISATION = "privacy-international";
    private static final String TITLE = "Safeguards for cross-border data requests " + RUN;

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess submissions;
    private static ServiceProcess portal;
    private static Browser officer;
    private static String session;
    private static String submission;

    @BeforeAll
    static void startTheSystemAndFileASubmission() throws Exception {
        accreditation = start(new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation"));
        registration = start(new ServiceProcess(Browser.ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-sub-desk-" + RUN));
        submissions = start(new ServiceProcess(Browser.ROOT, "submission-service", 18184, "submission")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "submission-sub-desk-" + RUN)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "submission-sub-desk-" + RUN)
                .env("MP_MESSAGING_INCOMING_BODIES_GROUP_ID", "submission-sub-desk-" + RUN)
                .env(
                        "SUBMISSION_FILES_DIRECTORY",
                        Browser.ROOT
                                .resolve("deploy/e2e/target/submission-desk-stored")
                                .toString()));
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", submissions.url())
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTokens.ISSUER));
        prepare();
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

    private static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void prepare() throws IOException {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of(
                        "id",
                        BODY,
                        "name",
                        "Conference (submission desk run " + RUN + ")",
                        "ecosocFastTrack",
                        "AUTOMATIC"))
                .post("/bodies")
                .then()
                .statusCode(201);
        as(KeycloakTokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("name,status,year,website\nPrivacy International " + RUN + ",general,2000,https://pi.example\n")
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(200);
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "Privacy International " + RUN);
        profile.put("country", "GB");
        profile.put("type", "NGO");
        profile.put("website", "https://pi.example");
        profile.put("contactEmail", "focal.point@pi.example");
        profile.put("ecosocStatus", "GENERAL");
        as(KeycloakTokens.organisation(ORGANISATION), accreditation)
                .body(Map.of("bodyId", BODY, "organisation", profile))
                .post("/applications")
                .then()
                .statusCode(201);
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", BODY);
        request.put("title", "Third session (submission desk run " + RUN + ")");
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
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
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
        byte[] pdf = pdf("States should require judicial authorisation for every cross-border request for data.");
        Awaitility.await("submissions know the session and the organisation's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> submission = given().baseUri(submissions.url())
                        .auth()
                        .oauth2(KeycloakTokens.organisation(ORGANISATION))
                        .multiPart("title", TITLE)
                        .multiPart("agendaItem", "Item 5: international cooperation")
                        .multiPart("language", "fr")
                        .multiPart("file", "safeguards.pdf", pdf, "application/pdf")
                        .post("/sessions/{id}/submissions", session)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
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

    @Test
    void theOfficerFindsTheSubmissionWithItsFileWordCountAndLanguageAndPublishesIt() throws IOException {
        officer.open(portal.url() + "/me/desk/submissions?sessionId=" + session);
        AccreditationDeskIT.signIn(officer, "officer", "/me/desk/submissions");
        assertThat(officer.text("#results-count")).isEqualTo("1 submission");
        assertThat(officer.text("#submission-" + submission))
                .contains(TITLE, "Privacy International " + RUN, "French", "Awaiting publication");
        officer.accessible("the queue of submissions");
        officer.screenshot("desk-submissions");

        officer.clickAndWait("#submission-" + submission + " a");
        assertThat(officer.text("#organiser")).isEqualTo("Privacy International " + RUN + " (" + ORGANISATION + ")");
        assertThat(officer.text("#language")).isEqualTo("French");
        assertThat(Integer.parseInt(officer.text("#word-count"))).isBetween(10, 15);
        assertThat(officer.text("#file")).isEqualTo("safeguards.pdf");
        officer.accessible("the submission on the desk");

        officer.clickAndWait("#publish");
        assertThat(officer.text("#done")).isEqualTo("The submission is published.");
        assertThat(officer.text("#status")).isEqualTo("Published");
        assertThat(officer.text("#history")).contains("Published");
        officer.accessible("the submission published");

        given().get(submissions.url() + "/sessions/{id}/published-submissions", session)
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.contains(TITLE));
    }
}
