package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The secretariat's bodies and sessions in a real browser against the real accreditation and registration services:
 * the demo officer signs in through Keycloak and defines a body (refused first for its identifier and its period,
 * beside each field), closes and reopens its accreditation and changes its policy; is refused an ECOSOC list with a
 * line that cannot be read, beside the file; creates a session and is refused twice on the way, each time with the
 * service's words beside the field (a fixed offset for the venue's time zone, a deadline before the opening), with
 * what was typed kept; then changes its quota and adds a meeting part. The services hold what the forms sent, the
 * session's deadline in venue time as typed. axe-core on every page visited, in English and French.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BodyAndSessionDeskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static ServiceProcess accreditation;
    private static ServiceProcess registration;
    private static ServiceProcess portal;
    private static Browser officer;

    @BeforeAll
    static void startTheSystem() throws Exception {
        accreditation = start(new ServiceProcess(Browser.ROOT, "accreditation-service", 18181, "accreditation"));
        registration = start(new ServiceProcess(Browser.ROOT, "registration-service", 18182, "registration")
                .env("MP_MESSAGING_INCOMING_ACCREDITATIONS_GROUP_ID", "registration-session-desk-" + RUN));
        portal = start(new ServiceProcess(Browser.ROOT, "portal", 18180, "portal")
                .env("QUARKUS_REST_CLIENT_ACCREDITATION_URL", accreditation.url())
                .env("QUARKUS_REST_CLIENT_REGISTRATION_URL", registration.url())
                .env("QUARKUS_REST_CLIENT_SIDE_EVENT_URL", "http://localhost:1")
                .env("QUARKUS_REST_CLIENT_SUBMISSION_URL", "http://localhost:1")
                .env("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTokens.ISSUER));
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

    private static final String BODY = "ahc-desk-" + RUN;

    @Test
    @Order(1)
    void theOfficerDefinesABodyRefusedFirstThenClosesReopensAndChangesItsPolicy() throws IOException {
        officer.open(portal.url() + "/me/desk/bodies");
        AccreditationDeskIT.signIn(officer, "officer", "/me/desk/bodies");
        assertThat(officer.text("h1")).isEqualTo("Bodies");
        officer.accessible("the bodies");
        officer.clickAndWait("#new-body");
        assertThat(officer.text("h1")).isEqualTo("A new body");
        officer.accessible("the new body form");

        String name = "Ad Hoc Committee, desk run " + RUN;
        officer.type("#id", "AHC Desk");
        officer.type("#name", name);
        officer.type("#nonObjectionDays", "400");
        officer.find("#objectionDisclosure-STATE_AND_REASON").click();
        officer.clickAndWait("#save");
        assertThat(officer.text("#id-error")).contains("lower-case slug");
        assertThat(officer.text("#nonObjectionDays-error")).contains("at most 365 days");
        assertThat(officer.find("#name").getAttribute("value")).isEqualTo(name);
        assertThat(officer.find("#objectionDisclosure-STATE_AND_REASON").isSelected())
                .isTrue();
        officer.accessible("a body refused beside two fields");

        officer.type("#id", BODY);
        officer.type("#nonObjectionDays", "45");
        officer.clickAndWait("#save");
        assertThat(officer.text("#done")).isEqualTo("The body is defined.");
        assertThat(officer.text("h1")).isEqualTo("The body: " + name);
        assertThat(officer.text("#accreditation-state")).isEqualTo("Takes applications");
        officer.accessible("the body defined");

        officer.clickAndWait("#close");
        assertThat(officer.text("#done")).startsWith("Accreditation to the body is closed");
        assertThat(officer.text("#accreditation-state")).isEqualTo("Accreditation closed");
        assertThat(given().baseUri(accreditation.url())
                        .get("/bodies/{id}", BODY)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getBoolean("accreditationOpen"))
                .isFalse();
        officer.clickAndWait("#reopen");
        assertThat(officer.text("#done")).isEqualTo("Accreditation to the body is open again.");

        officer.type("#nonObjectionDays", "60");
        officer.clickAndWait("#save");
        assertThat(officer.text("#done")).isEqualTo("The body's policy is saved.");
        JsonPath body = given().baseUri(accreditation.url())
                .get("/bodies/{id}", BODY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getInt("nonObjectionDays")).isEqualTo(60);
        assertThat(body.getString("objectionDisclosure")).isEqualTo("STATE_AND_REASON");
        assertThat(body.getBoolean("accreditationOpen")).isTrue();

        officer.open(portal.url() + "/me/desk/bodies");
        assertThat(officer.text("#body-" + BODY)).contains(name, "Takes applications");
    }

    @Test
    @Order(2)
    void anEcosocListWithALineThatCannotBeReadIsRefusedBesideTheFileAndNothingChanges() throws IOException {
        String before = given().baseUri(accreditation.url())
                .get("/ecosoc-list")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        officer.open(portal.url() + "/me/desk/ecosoc-list");
        assertThat(officer.text("h1")).isEqualTo("The ECOSOC list");
        officer.accessible("the ECOSOC list");

        Path csv = Files.createTempFile("ecosoc-", ".csv");
        Files.writeString(csv, "name,status,year\nDerechos Digitales,special,2019\nAccess Now,consultative,2015\n");
        officer.type("#listDate", "2026-09-01");
        officer.find("#list").sendKeys(csv.toAbsolutePath().toString());
        officer.clickAndWait("#import");
        assertThat(officer.text("#list-error")).contains("Line 3", "must be general, special or roster");
        assertThat(officer.find("#listDate").getAttribute("value")).isEqualTo("2026-09-01");
        officer.accessible("an ECOSOC list refused beside the file");
        assertThat(given().baseUri(accreditation.url())
                        .get("/ecosoc-list")
                        .then()
                        .extract()
                        .asString())
                .isEqualTo(before);
    }

    @Test
    @Order(3)
    void theOfficerCreatesASessionRefusedTwiceOnTheWayAndThenChangesIt() throws IOException {
        officer.open(portal.url() + "/me/desk/sessions");
        assertThat(officer.text("h1")).isEqualTo("Sessions");
        officer.accessible("the sessions");
        officer.clickAndWait("#new-session");
        assertThat(officer.text("h1")).isEqualTo("A new session");
        officer.accessible("the new session form");

        LocalDate start = LocalDate.now(VIENNA).plusDays(40);
        LocalDate deadline = start.minusDays(10);
        String title = "Session desk run " + RUN;
        officer.type("#bodyId", BODY);
        officer.type("#title", title);
        officer.type("#venue", "Vienna International Centre");
        officer.type("#timeZone", "+01:00");
        officer.type("#startDate", start.toString());
        officer.type("#endDate", start.plusDays(4).toString());
        officer.type("#registrationOpensAt", LocalDate.now(VIENNA).toString());
        officer.type("#registrationDeadline", LocalDate.now(VIENNA).minusDays(1).toString());
        officer.find("#participation-OPEN").click();
        officer.type("#delegateQuota", "2");
        officer.clickAndWait("#save");

        // The venue's zone as an offset: refused beside the field, and what was typed is kept.
        assertThat(officer.text("#timeZone-error")).contains("region");
        assertThat(officer.text(".error-summary a[href='#timeZone']")).isNotBlank();
        assertThat(officer.find("#title").getAttribute("value")).isEqualTo(title);
        assertThat(officer.find("#participation-OPEN").isSelected()).isTrue();
        officer.accessible("a time zone refused beside its field");

        // A deadline before the opening.
        officer.type("#timeZone", "Europe/Vienna");
        officer.clickAndWait("#save");
        assertThat(officer.text("#registrationDeadline-error")).contains("must be after registrationOpensAt");
        officer.accessible("a deadline refused beside its field");

        officer.type("#registrationDeadline", deadline.toString());
        officer.clickAndWait("#save");
        assertThat(officer.text("#done")).isEqualTo("The session is created.");
        assertThat(officer.text("h1")).isEqualTo("Change the session: " + title);
        // A date alone is 23:59:59 that day at the venue, and the form shows it so.
        assertThat(officer.find("#registrationDeadline").getAttribute("value")).isEqualTo(deadline + "T23:59:59");
        officer.accessible("the session created");
        String session = officer.url().replaceAll(".*/me/desk/sessions/([0-9a-f-]{36}).*", "$1");

        officer.type("#delegateQuota", "3");
        officer.type("#meetingPart-2-name", "Working Group on Rule 17");
        officer.find("#meetingPart-2-attend").click();
        officer.clickAndWait("#save");
        assertThat(officer.text("#done")).isEqualTo("The session is saved.");

        JsonPath saved = given().baseUri(registration.url())
                .get("/sessions/{id}", session)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(saved.getString("title")).isEqualTo(title);
        assertThat(saved.getInt("delegateQuota")).isEqualTo(3);
        assertThat(saved.getString("participation")).isEqualTo("OPEN");
        assertThat(saved.getString("registrationDeadline"))
                .isEqualTo(
                        deadline.atTime(23, 59, 59).atZone(VIENNA).toInstant().toString());
        assertThat(saved.getList("meetingParts", Map.class))
                .extracting(part -> part.get("name") + " " + part.get("stakeholdersMayAttend"))
                .containsExactly("Plenary true", "Working Group on Rule 17 true");

        officer.open(portal.url() + "/me/desk/sessions/" + session + "?lang=fr");
        assertThat(officer.text("h1")).isEqualTo("Modifier la session : " + title);
        assertThat(officer.find("#delegateQuota").getAttribute("value")).isEqualTo("3");
        officer.accessible("the session form in French");

        officer.open(portal.url() + "/me/desk/sessions");
        assertThat(officer.text("#sessions")).contains(title);
    }
}
