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
import org.openqa.selenium.support.ui.Select;

/**
 * The secretariat's side-event desk in a real browser against the real system: the accreditation, registration and
 * side-event services and the portal run as processes from their packaged builds; two demo organisations are
 * accredited (ECOSOC fast track), register for the session and each propose a side event through the APIs. The
 * demo officer signs in through Keycloak, adds a room and the standard slots, approves the first proposal into a
 * cell of the allocation board, and tries the second into the same cell: the side-event service refuses it
 * (`room-occupied`) and the board shows its words inside that cell; the officer then rejects it with a reason.
 * axe-core on every portal page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SideEventDeskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BODY = "cosp-se-desk-" + RUN;
    private static final String TITLE = "Second session (side-event desk run " + RUN + ")";
    private static final List<String> ORGANISATIONS = List.of("tedic", "r3d");
    private static final String ROOM = "Conference Room M" + RUN.substring(0, 2);

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static final Map<String, String> PROPOSALS = new HashMap<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess sideEvents;
    private static ServiceProcess portal;
    private static Browser officer;
    private static String session;

    @BeforeAll
    static void startTheSystemAndPrepareTheProposals() throws Exception {
        accreditation = start(new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation"));
        registration = start(new ServiceProcess(Browser.ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-se-desk-" + RUN));
        sideEvents = start(new ServiceProcess(Browser.ROOT, "side-event-service", 18183, "sideevent")
                .env("MP_MESSAGING_INCOMING_SESSIONS_GROUP_ID", "side-event-se-desk-" + RUN)
                .env("MP_MESSAGING_INCOMING_REGISTRATIONS_GROUP_ID", "side-event-se-desk-" + RUN)
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "side-event-se-desk-" + RUN));
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", sideEvents.url())
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", "http://localhost:1")
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

    /** A body whose ECOSOC list accredits both organisations at once, a session, their delegates, their proposals. */
    private static void prepare() {
        as(KeycloakTokens.secretariat(), accreditation)
                .body(Map.of(
                        "id",
                        BODY,
                        "name",
                        "Conference (side-event desk run " + RUN + ")",
                        "ecosocFastTrack",
                        "AUTOMATIC"))
                .post("/bodies")
                .then()
                .statusCode(201);
        as(KeycloakTokens.secretariat(), accreditation)
                .contentType("text/csv; charset=UTF-8")
                .body("name,status,year,website\nTEDIC " + RUN + ",special,2012,https://tedic.example\nR3D " + RUN
                        + ",special,2016,https://r3d.example\n")
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(200);
        for (String organisation : ORGANISATIONS) {
            Map<String, Object> profile = new HashMap<>();
            profile.put("name", organisation.toUpperCase() + " " + RUN);
            profile.put("country", organisation.equals("tedic") ? "PY" : "MX");
            profile.put("type", "NGO");
            profile.put("website", "https://" + organisation + ".example");
            profile.put("contactEmail", "focal.point@" + organisation + ".example");
            profile.put("ecosocStatus", "SPECIAL");
            as(KeycloakTokens.organisation(organisation), accreditation)
                    .body(Map.of("bodyId", BODY, "organisation", profile))
                    .post("/applications")
                    .then()
                    .statusCode(201);
        }
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
        request.put("delegateQuota", 2);
        request.put("latePolicy", "REFUSE");
        request.put("meetingParts", List.of(Map.of("name", "Plenary", "stakeholdersMayAttend", true)));
        request.put(
                "sideEventProposalDeadline",
                Instant.now().plus(Duration.ofDays(10)).toString());
        session = as(KeycloakTokens.secretariat(), registration)
                .body(request)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("sessionId");
        for (String organisation : ORGANISATIONS) {
            Awaitility.await(organisation + " registers once its accreditation is known")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> as(KeycloakTokens.organisation(organisation), registration)
                            .body(Map.of(
                                    "delegate",
                                    Map.of(
                                            "name", "Delegate of " + organisation,
                                            "email", "delegate@" + organisation + ".example",
                                            "headOfDelegation", true),
                                    "joinWaitingList",
                                    false))
                            .post("/sessions/{id}/registrations", session)
                            .then()
                            .statusCode(201));
        }
        for (String organisation : ORGANISATIONS) {
            Awaitility.await(organisation + " proposes once side events know its seat")
                    .atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> PROPOSALS.put(
                            organisation,
                            as(KeycloakTokens.organisation(organisation), sideEvents)
                                    .body(Map.of(
                                            "title",
                                            "Encryption in " + organisation.toUpperCase() + " " + RUN,
                                            "description",
                                            "Experiences from the region",
                                            "format",
                                            "HYBRID",
                                            "expectedAttendance",
                                            25))
                                    .post("/sessions/{id}/proposals", session)
                                    .then()
                                    .statusCode(201)
                                    .extract()
                                    .path("id")));
        }
    }

    @Test
    @Order(1)
    void theOfficerAddsARoomAndTheStandardSlots() throws IOException {
        officer.open(portal.url() + "/me/desk/side-events/" + session + "/venue");
        AccreditationDeskIT.signIn(officer, "officer", "/venue");
        officer.accessible("rooms and slots, none yet");
        officer.type("#room-name", ROOM);
        officer.type("#room-capacity", "40");
        officer.type("#room-equipment", "projector, interpretation booths");
        officer.clickAndWait("form[action$='/rooms'] button[type=submit]");
        assertThat(officer.text("#done")).isEqualTo("The room has been added.");
        assertThat(officer.text("#rooms")).contains(ROOM, "40", "projector, interpretation booths");
        officer.find("#period-MORNING").click();
        officer.clickAndWait("form[action$='/slots/standard'] button[type=submit]");
        assertThat(officer.text("#done")).isEqualTo("The standard slots have been added.");
        assertThat(officer.text("#slots")).contains("13:15", "18:15").doesNotContain("09:00");
        officer.accessible("rooms and slots");
    }

    @Test
    @Order(2)
    void theOfficerApprovesOneIntoAFreeCellAndASecondIntoTheSameCellIsRefusedInPlace() throws IOException {
        officer.open(portal.url() + "/me/desk/side-events/" + session + "/board");
        officer.accessible("the allocation board");
        officer.screenshot("desk-board");
        String cell = officer.find("#board td.free").getAttribute("id");

        new Select(officer.find("#" + cell + "-proposalId")).selectByValue(PROPOSALS.get("tedic"));
        officer.clickAndWait("#" + cell + " button[type=submit]");
        assertThat(officer.text("#done")).isEqualTo("The side event is approved into its room and slot.");
        // The organiser by the name it applied under, as the side-event service has it from the accreditation events.
        assertThat(officer.text("#" + cell)).contains("Encryption in TEDIC " + RUN, "(TEDIC " + RUN + ")");
        officer.accessible("the board after an approval");

        new Select(officer.find("#" + cell + "-proposalId")).selectByValue(PROPOSALS.get("r3d"));
        officer.clickAndWait("#" + cell + " button[type=submit]");
        assertThat(officer.text("#" + cell + "-proposalId-error")).containsIgnoringCase("room");
        assertThat(officer.text(".error-summary a[href='#" + cell + "-proposalId']"))
                .containsIgnoringCase("room");
        assertThat(officer.text("#pending")).contains("Encryption in R3D " + RUN, "(R3D " + RUN + ", ");
        officer.accessible("a collision refused in its cell");
        officer.screenshot("desk-board-refused");

        String programme = given().get(sideEvents.url() + "/sessions/{id}/programme", session)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(programme).contains("Encryption in TEDIC " + RUN).doesNotContain("Encryption in R3D " + RUN);
    }

    @Test
    @Order(3)
    void theOfficerRejectsTheOtherWithAReason() throws IOException {
        officer.open(portal.url() + "/me/desk/side-events/" + session + "/proposals?status=PENDING");
        assertThat(officer.text("#results-count")).isEqualTo("1 proposal");
        officer.accessible("the pending proposals");
        officer.clickAndWait("#proposal-" + PROPOSALS.get("r3d") + " a");
        officer.clickAndWait("#reject");
        assertThat(officer.text("#reason-error")).isNotBlank();
        officer.accessible("a rejection refused without a reason");
        officer.type("#reason", "The programme is full on these days.");
        officer.clickAndWait("#reject");
        assertThat(officer.text("#done")).isEqualTo("The proposal is rejected.");
        assertThat(officer.text("#status")).isEqualTo("Rejected");
        assertThat(officer.text("#history")).contains("The programme is full on these days.", "The secretariat");
        officer.accessible("the proposal rejected");
    }
}
