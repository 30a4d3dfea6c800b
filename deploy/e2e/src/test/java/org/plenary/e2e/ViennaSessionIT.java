package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.testing.KafkaEvents;

/**
 * The January 2026 Vienna session of the Ad Hoc Committee on Cybercrime, played through the services' HTTP
 * APIs as separate processes, step by step. Each run uses its own body, so earlier runs' events on the
 * shared topics do not mix with this one's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViennaSessionIT {

    private static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final String BODY = "ahc-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> APPLICATIONS = new HashMap<>();

    /**
     * Registration closes a minute and a half after the session is created (not after the run starts: starting
     * the services takes minutes on a busy machine), so the run can stand on both sides of the deadline.
     */
    private static Instant deadline;

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> REGISTRATIONS = new HashMap<>();
    private static final Map<String, String> PROPOSALS = new HashMap<>();

    private static KafkaEvents accreditationEvents;
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess sideEvents;
    private static ServiceProcess submissions;
    private static ServiceProcess notifications;
    private static String publishedSubmission;
    private static byte[] submittedPdf;
    private static String session;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Awaitility.await(
                        "Keycloak's realm plenary on " + KeycloakTokens.URL + " (deploy/local/plenary infra starts it)")
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(() -> given().get(KeycloakTokens.JWKS).then().statusCode(200));
        accreditationEvents = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC);
        accreditation = new ServiceProcess(ROOT, "accreditation-service", 18081, "accreditation")
                .env("ACCREDITATION_NON_OBJECTION_CHECK_EVERY", "2s")
                .start(true);
        // Consumer groups of this run's own, so that a local run of the same services does not share partitions.
        registration = new ServiceProcess(ROOT, "registration-service", 18082, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-service-e2e-" + RUN)
                .start(true);
        sideEvents = new ServiceProcess(ROOT, "side-event-service", 18083, "sideevent")
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "side-event-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_REGISTRATIONS_GROUP_ID", "side-event-service-e2e-" + RUN)
                .start(true);
        submissions = new ServiceProcess(ROOT, "submission-service", 18084, "submission")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "submission-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "submission-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_BODIES_GROUP_ID", "submission-service-e2e-" + RUN)
                .env(
                        "SUBMISSION_FILES_DIRECTORY",
                        ROOT.resolve("deploy/e2e/target/e2e-files").toString())
                .start(true);
        notifications = new ServiceProcess(ROOT, "notification-service", 18085, "notification")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "notification-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "notification-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_REGISTRATIONS_GROUP_ID", "notification-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_PROPOSALS_GROUP_ID", "notification-service-e2e-" + RUN)
                .env("MP_MESSAGING_INCOMING_SUBMISSIONS_GROUP_ID", "notification-service-e2e-" + RUN)
                .env("NOTIFICATION_MAIL_POLL_INTERVAL", "1s")
                .start(true);
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        for (ServiceProcess service :
                new ServiceProcess[] {notifications, submissions, sideEvents, registration, accreditation}) {
            if (service != null) {
                service.close();
            }
        }
        if (accreditationEvents != null) {
            accreditationEvents.close();
        }
    }

    private static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> profile(String name, String country, String ecosoc) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("country", country);
        profile.put("type", "NGO");
        profile.put("contactEmail", contactEmail(name));
        profile.put("ecosocStatus", ecosoc);
        return profile;
    }

    /** The organisation's contact address, of this run (the local mail server keeps every run's mail). */
    private static String contactEmail(String name) {
        return "focal.point." + RUN + "@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example";
    }

    private static String apply(String organisation, Map<String, Object> profile) {
        String id = as(KeycloakTokens.organisation(organisation), accreditation)
                .body(Map.of("bodyId", BODY, "organisation", profile))
                .post("/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        APPLICATIONS.put(organisation, id);
        return id;
    }

    @Test
    @Order(0)
    void everyServiceTakesKeycloaksTokensAndRefusesATokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        // Right issuer, audience and claims, but signed by a key of the test's own, not by the realm's.
        String forged = Jwt.issuer(KeycloakTokens.ISSUER)
                .audience("plenary-api")
                .upn("officer")
                .groups(Set.of("secretariat"))
                .sign(generator.generateKeyPair().getPrivate());
        Map<ServiceProcess, String> reads = Map.of(
                accreditation, "/applications?bodyId=" + BODY,
                registration, "/registrations",
                sideEvents, "/proposals",
                submissions, "/submissions");
        reads.forEach((service, path) -> {
            as(forged, service)
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("authentication-required"));
            as(KeycloakTokens.secretariat(), service).get(path).then().statusCode(200);
        });
    }

    @Test
    @Order(1)
    void theSecretariatDefinesTheBody() {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("id", BODY, "name", "Ad Hoc Committee on Cybercrime (end-to-end run)"))
                .post("/bodies")
                .then()
                .statusCode(201);
    }

    @Test
    @Order(2)
    void organisationsInEcosocStatusAreAccreditedThroughTheFastTrack() {
        // The fast track relies on the published list of organisations in consultative status, not on a claim.
        as(KeycloakTokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("""
                        name,status,year
                        Human Rights Watch,special,1993
                        Access Now,special,2017
                        ARTICLE 19,special,1991
                        Privacy International,general,2000
                        """)
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(200);
        for (List<String> org : List.of(
                List.of("hrw", "Human Rights Watch", "US"),
                List.of("access-now", "Access Now", "US"),
                List.of("article19", "ARTICLE 19", "GB"),
                List.of("privacy-international", "Privacy International", "GB"))) {
            String id = apply(org.get(0), profile(org.get(1), org.get(2), "SPECIAL"));
            as(KeycloakTokens.secretariat(), accreditation)
                    .body(Map.of("name", org.get(1)))
                    .post("/applications/{id}/ecosoc-match", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCREDITED"))
                    .body("ecosocMatch.name", equalTo(org.get(1)));
        }
    }

    @Test
    @Order(3)
    void othersEnterTheNonObjectionPeriodAndOneIsObjectedToAndRejected() {
        for (List<String> org : List.of(
                List.of("eff", "Electronic Frontier Foundation", "US"),
                List.of("epicenter-works", "epicenter.works", "AT"),
                List.of("r3d", "R3D", "MX"))) {
            String id = apply(org.get(0), profile(org.get(1), org.get(2), null));
            as(KeycloakTokens.secretariat(), accreditation)
                    .post("/applications/{id}/clearance", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("NON_OBJECTION"));
        }
        as(KeycloakTokens.state("XA"), accreditation)
                .body(Map.of("reason", "Outside the scope of the Convention"))
                .post("/applications/{id}/objections", APPLICATIONS.get("r3d"))
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTED"));
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("outcome", "REJECT", "reason", "Decision of the Committee at its 1st meeting"))
                .post("/applications/{id}/decision", APPLICATIONS.get("r3d"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    @Order(4)
    void thirtyDaysLaterThoseWithoutObjectionAreAccredited() throws Exception {
        // Time passes: the service restarts with its clock 31 days ahead; its job ends the periods.
        accreditation.close();
        accreditation
                .env(
                        "PLENARY_CLOCK_START_AT",
                        Instant.now().plus(Duration.ofDays(31)).toString())
                .start(false);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().baseUri(accreditation.url())
                        .get("/bodies/{b}/accredited-organisations", BODY)
                        .then()
                        .body(
                                "items.organisationId",
                                containsInAnyOrder(
                                        "hrw",
                                        "access-now",
                                        "article19",
                                        "privacy-international",
                                        "eff",
                                        "epicenter-works")));
    }

    @Test
    @Order(5)
    void everyAccreditationReachedKafka() {
        for (String organisation :
                List.of("hrw", "access-now", "article19", "privacy-international", "eff", "epicenter-works")) {
            KafkaEvents.Event accredited = accreditationEvents.awaitType(
                    AccreditationEvents.APPLICATION_ACCREDITED, APPLICATIONS.get(organisation));
            assertThat(accredited.key()).isEqualTo(organisation);
            assertThat(accredited.data().path("bodyId").asText()).isEqualTo(BODY);
        }
        accreditationEvents.awaitType(AccreditationEvents.APPLICATION_REJECTED, APPLICATIONS.get("r3d"));
    }

    private static void awaitRegistrationEligibility(String organisation, boolean eligible) {
        Awaitility.await(organisation + " eligible=" + eligible)
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.organisation(organisation), registration)
                        .get("/sessions/{id}/eligibility", session)
                        .then()
                        .statusCode(200)
                        .body("eligible", equalTo(eligible)));
    }

    private static void awaitSideEventEligibility(String organisation, boolean eligible) {
        Awaitility.await("side events: " + organisation + " eligible=" + eligible)
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.secretariat(), sideEvents)
                        .get("/sessions/{id}/eligibility/{org}", session, organisation)
                        .then()
                        .statusCode(200)
                        .body("eligible", equalTo(eligible)));
    }

    @Test
    @Order(6)
    void theSecretariatCreatesTheSessionAccreditationOnly() {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(30);
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", BODY);
        request.put("title", "Ad Hoc Committee on Cybercrime (end-to-end run " + RUN + ")");
        request.put("venue", "Vienna International Centre");
        request.put("timeZone", "Europe/Vienna");
        request.put("startDate", start.toString());
        request.put("endDate", start.plusDays(4).toString());
        request.put(
                "registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        deadline = Instant.now().plus(Duration.ofSeconds(90)).truncatedTo(ChronoUnit.SECONDS);
        request.put("registrationDeadline", deadline.toString());
        request.put("participation", "ACCREDITATION_ONLY");
        request.put("delegateQuota", 1);
        request.put("latePolicy", "REFUSE");
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        request.put(
                "sideEventProposalDeadline",
                Instant.now().plus(Duration.ofDays(7)).toString());
        request.put("submissionDeadline", Instant.now().plus(Duration.ofDays(7)).toString());
        request.put("submissionWordLimit", 2000);
        session = as(KeycloakTokens.secretariat(), registration)
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(sideEvents.url())
                        .get("/sessions/{id}", session)
                        .then()
                        .statusCode(200));
    }

    @Test
    @Order(7)
    void accreditedOrganisationsRegisterUpToTheirQuotaAndOthersAreRefused() {
        for (String organisation : List.of("hrw", "access-now", "article19", "eff")) {
            awaitRegistrationEligibility(organisation, true);
            String id = as(KeycloakTokens.organisation(organisation), registration)
                    .body(Map.of(
                            "delegate",
                            Map.of(
                                    "name",
                                    "Delegate of " + organisation,
                                    "email",
                                    "delegate@" + organisation + ".example",
                                    "function",
                                    "Head of delegation",
                                    "headOfDelegation",
                                    true),
                            "joinWaitingList",
                            false))
                    .post("/sessions/{id}/registrations", session)
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("CONFIRMED"))
                    .extract()
                    .path("id");
            REGISTRATIONS.put(organisation, id);
        }
        as(KeycloakTokens.organisation("hrw"), registration)
                .body(Map.of(
                        "delegate",
                        Map.of("name", "Second delegate", "email", "second@hrw.example", "headOfDelegation", false),
                        "joinWaitingList",
                        true))
                .post("/sessions/{id}/registrations", session)
                .then()
                .statusCode(201)
                .body("status", equalTo("WAITLISTED"));
        as(KeycloakTokens.organisation("r3d"), registration)
                .body(Map.of(
                        "delegate",
                        Map.of("name", "Delegate", "email", "delegate@r3d.example", "headOfDelegation", true),
                        "joinWaitingList",
                        false))
                .post("/sessions/{id}/registrations", session)
                .then()
                .statusCode(409)
                .body("rule", equalTo("not-accredited"));
    }

    @Test
    @Order(8)
    void sideEventsAreProposedAndAllocatedRooms() {
        awaitSideEventEligibility("hrw", true);
        awaitSideEventEligibility("access-now", true);
        String room = as(KeycloakTokens.secretariat(), sideEvents)
                .body(Map.of("name", "Conference Room M3", "capacity", 80, "equipment", List.of("interpretation")))
                .post("/sessions/{id}/rooms", session)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> slots = as(KeycloakTokens.secretariat(), sideEvents)
                .body(Map.of("periods", List.of("LUNCH")))
                .post("/sessions/{id}/slots/standard", session)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        int slot = 0;
        for (String organisation : List.of("hrw", "access-now")) {
            String proposal = as(KeycloakTokens.organisation(organisation), sideEvents)
                    .body(Map.of(
                            "title",
                            "Human rights safeguards in the Convention (" + organisation + ")",
                            "description",
                            "Safeguards, oversight and cross-border data access.",
                            "format",
                            "HYBRID",
                            "expectedAttendance",
                            60))
                    .post("/sessions/{id}/proposals", session)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(KeycloakTokens.secretariat(), sideEvents)
                    .body(Map.of("roomId", room, "slotId", slots.get(slot++)))
                    .post("/proposals/{id}/approval", proposal)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"));
            PROPOSALS.put(organisation, proposal);
        }
        given().baseUri(sideEvents.url())
                .get("/sessions/{id}/programme", session)
                .then()
                .statusCode(200)
                .body(
                        "days.events.flatten().proposalId",
                        containsInAnyOrder(PROPOSALS.get("hrw"), PROPOSALS.get("access-now")))
                .body("days.events.flatten().organisationName", containsInAnyOrder("Human Rights Watch", "Access Now"));
    }

    private static byte[] pdf(String text) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static io.restassured.response.ValidatableResponse submit(String organisation, byte[] file) {
        return given().baseUri(submissions.url())
                .auth()
                .oauth2(KeycloakTokens.organisation(organisation))
                .multiPart("title", "Rule 17: participation of non-governmental organisations")
                .multiPart("agendaItem", "Rules of procedure of the Conference")
                .multiPart("language", "en")
                .multiPart("file", "rule-17.pdf", file, "application/pdf")
                .post("/sessions/{id}/submissions", session)
                .then();
    }

    @Test
    @Order(15)
    void aWrittenSubmissionIsUploadedAndPublished() throws Exception {
        submittedPdf = pdf("Observers should take part in the Conference as they did in the negotiations.");
        Awaitility.await("submissions know the session and article19's accreditation")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> submit("article19", new byte[0]).statusCode(400).body("rule", equalTo("empty-file")));
        publishedSubmission =
                submit("article19", submittedPdf).statusCode(201).extract().path("id");
        submit("r3d", submittedPdf).statusCode(403).body("rule", equalTo("not-eligible"));
        as(KeycloakTokens.secretariat(), submissions)
                .post("/submissions/{id}/publication", publishedSubmission)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        byte[] downloaded = given().baseUri(submissions.url())
                .get("/submissions/published/{id}/file", publishedSubmission)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(submittedPdf);
    }

    @Test
    @Order(20)
    void aRegistrationAfterTheDeadlineIsRefused() {
        Awaitility.await("the registration deadline")
                .atMost(Duration.ofSeconds(120))
                .until(() -> Instant.now().isAfter(deadline.plusSeconds(1)));
        as(KeycloakTokens.organisation("privacy-international"), registration)
                .body(Map.of(
                        "delegate",
                        Map.of("name", "Late delegate", "email", "late@pi.example", "headOfDelegation", true),
                        "joinWaitingList",
                        false))
                .post("/sessions/{id}/registrations", session)
                .then()
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadline", equalTo(deadline.toString()));
    }

    @Test
    @Order(30)
    void aRevokedAccreditationReachesRegistrationAndSideEvents() {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of("reason", "Misuse of accreditation"))
                .post("/applications/{id}/revocation", APPLICATIONS.get("access-now"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.secretariat(), registration)
                        .get("/registrations/{id}", REGISTRATIONS.get("access-now"))
                        .then()
                        .body("status", equalTo("WITHDRAWN")));
        awaitRegistrationEligibility("access-now", false);
        awaitSideEventEligibility("access-now", false);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> as(KeycloakTokens.secretariat(), sideEvents)
                        .get("/proposals/{id}", PROPOSALS.get("access-now"))
                        .then()
                        .body("status", equalTo("CANCELLED")));
    }

    @Test
    @Order(40)
    void theFinalStateOfEveryServiceAgrees() {
        given().baseUri(accreditation.url())
                .get("/bodies/{b}/accredited-organisations", BODY)
                .then()
                .body(
                        "items.organisationId",
                        containsInAnyOrder("hrw", "article19", "privacy-international", "eff", "epicenter-works"));
        as(KeycloakTokens.secretariat(), registration)
                .queryParam("sessionId", session)
                .queryParam("status", "CONFIRMED")
                .get("/registrations")
                .then()
                .body("items.organisationId", containsInAnyOrder("hrw", "article19", "eff"));
        as(KeycloakTokens.secretariat(), registration)
                .queryParam("sessionId", session)
                .queryParam("status", "WAITLISTED")
                .get("/registrations")
                .then()
                .body("total", equalTo(1));
        for (String organisation : List.of("hrw", "article19", "eff")) {
            awaitSideEventEligibility(organisation, true);
        }
        given().baseUri(sideEvents.url())
                .get("/sessions/{id}/programme", session)
                .then()
                .body("days.events.flatten().proposalId", containsInAnyOrder(PROPOSALS.get("hrw")));
    }

    /**
     * The packaged services serve health, metrics, the OpenAPI document and Swagger UI on their management port
     * only: the API's port, the one an ingress routes, answers none of them.
     */
    @Test
    @Order(42)
    void theOperationalEndpointsAnswerOnTheManagementPortOnly() {
        for (ServiceProcess service : new ServiceProcess[] {accreditation, registration, sideEvents, submissions}) {
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                given().baseUri(service.url()).get(path).then().statusCode(404);
                given().baseUri(service.managementUrl()).get(path).then().statusCode(200);
            }
        }
        given().baseUri(notifications.url()).get("/q/health/ready").then().statusCode(404);
        given().baseUri(notifications.managementUrl())
                .get("/q/health/ready")
                .then()
                .statusCode(200);
    }

    /** The messages at an address of the local mail server (GreenMail's REST API), with their raw MIME text. */
    private static List<Map<String, Object>> mailbox(String address) {
        var response = given().baseUri("http://localhost:8025").get("/api/user/{address}/messages/INBOX", address);
        return response.statusCode() == 200 ? response.jsonPath().getList("$") : List.of();
    }

    @Test
    @Order(41)
    void theFocalPointIsMailedItsAccreditationItsRegistrationAndItsSideEventWithItsCalendarFile() {
        String address = contactEmail("Human Rights Watch");
        Awaitility.await("mail to " + address)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(mailbox(address).stream()
                                .map(m -> String.valueOf(m.get("mimeMessage")))
                                .map(mime -> mime.replaceAll("(?s)^.*?X-Plenary-Mail-Kind: (\\w+).*$", "$1"))
                                .toList())
                        .contains("ACCREDITED", "REGISTRATION_CONFIRMED", "SIDE_EVENT_APPROVED"));
        // The run's notification service reads the topics from their start, so the organisation is also mailed
        // the facts of earlier runs (to the address it now has): find this run's side event by its calendar UID.
        List<Map<String, Object>> mails = mailbox(address);
        String uid = "UID:" + PROPOSALS.get("hrw") + "@plenary";
        Map<String, Object> approved = mails.stream()
                .filter(m -> String.valueOf(m.get("mimeMessage")).contains("X-Plenary-Mail-Kind: SIDE_EVENT_APPROVED"))
                .filter(m -> calendarOf(String.valueOf(m.get("mimeMessage"))).contains(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no side-event mail names " + uid));
        String mime = String.valueOf(approved.get("mimeMessage"));
        assertThat(String.valueOf(approved.get("subject"))).startsWith("Side event approved: Human rights safeguards");
        assertThat(mime).contains("text/calendar", "side-event.ics");
        assertThat(calendarOf(mime)).contains("BEGIN:VEVENT", uid, "LOCATION:Conference Room M3");
        // Each fact once: no mail (one per fact, by its id) was sent twice.
        List<String> ids = mails.stream()
                .map(m -> String.valueOf(m.get("mimeMessage"))
                        .replaceAll("(?s)^.*?X-Plenary-Mail-Id: ([0-9a-f-]+).*$", "$1"))
                .toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    /** The calendar part of a mail, base64 or as is. */
    private static String calendarOf(String mime) {
        int part = mime.indexOf("side-event.ics");
        if (part < 0) {
            return "";
        }
        String calendar = mime.substring(part);
        calendar = calendar.substring(calendar.indexOf("\r\n\r\n") + 4);
        calendar = calendar.substring(0, calendar.indexOf("\r\n--"));
        return calendar.contains("BEGIN:VCALENDAR")
                ? calendar
                : new String(
                        java.util.Base64.getMimeDecoder().decode(calendar.strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
    }
}
