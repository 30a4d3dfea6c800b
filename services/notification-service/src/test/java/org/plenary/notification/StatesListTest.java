package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.notification.states.StatesListJob;
import org.plenary.testing.KeycloakAdmin;
import org.plenary.testing.MovableClock;

/**
 * States' focal points (the users with a {@code state} attribute in the running Keycloak) get, once a day, the
 * applications whose non-objection period ends within a week, in their language and time zone.
 */
@QuarkusTest
class StatesListTest {

    /** 07:30 in Vienna: the day's list is due. */
    private static final Instant MORNING = Instant.parse("2027-03-01T06:30:00Z");

    @Inject
    MovableClock clock;

    @Inject
    StatesListJob job;

    private String user;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (user != null) {
            KeycloakAdmin.deleteUser(user);
        }
    }

    private static String inNonObjection(String name, Instant ends) {
        String organisation = Fixtures.newOrganisationId();
        ObjectNode cleared =
                Fixtures.application("cleared", organisation, name, Mailbox.newAddress(), null, "NON_OBJECTION");
        ((ObjectNode) cleared.get("data")).put("nonObjectionEndsAt", ends.toString());
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, cleared);
        return organisation;
    }

    @Test
    void aStatesFocalPointGetsTheApplicationsWhosePeriodEndsWithinAWeekOnceADay() {
        String mission = Mailbox.newAddress();
        user = KeycloakAdmin.createUser(
                KeycloakAdmin.newUsername("mission"),
                mission,
                Map.of("state", List.of("XB"), "locale", List.of("es"), "zoneinfo", List.of("America/Mexico_City")));
        String soon = inNonObjection("Red en Defensa de los Derechos Digitales", Instant.parse("2027-03-04T12:00:00Z"));
        String later = inNonObjection("Later Organisation", Instant.parse("2027-03-12T12:00:00Z"));
        String objected = Fixtures.newOrganisationId();
        Fixtures.publish(
                Fixtures.APPLICATIONS_TOPIC,
                Fixtures.application("objected", objected, "Objected Organisation", null, null, "OBJECTED"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Db.count("select count(*) from accreditation_copy where organisation_id in ('" + soon
                                + "', '" + later + "', '" + objected + "')")
                        == 3);

        clock.set(MORNING.minus(Duration.ofHours(1)));
        assertThat(job.write()).as("before 07:00 in Vienna").isZero();
        clock.set(MORNING);

        Mailbox.Message list = Mailbox.awaitKind(mission, "STATES_LIST");
        assertThat(list.header("Content-Language")).isEqualTo("es");
        assertThat(list.subject()).startsWith("Períodos de no objeción que terminan esta semana");
        assertThat(list.text())
                .contains("Red en Defensa de los Derechos Digitales (" + Fixtures.BODY
                        + "): 4 de marzo de 2027 12:00 UTC," + " 4 de marzo de 2027 06:00 America/Mexico_City")
                .doesNotContain("Later Organisation", "Objected Organisation")
                .contains("como punto focal de su Estado", "/unsubscribe?token=");

        // The job runs every second: still one list that day.
        job.write();
        assertThat(Db.count("select count(*) from mail where kind = 'STATES_LIST' and recipient = '" + mission + "'"))
                .isEqualTo(1);
        assertThat(Mailbox.messages(mission)).hasSize(1);

        // The list's own unsubscribe link, in the mail's language, stops the state's list from the next day.
        assertThat(list.text()).contains("No recibir más la lista");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/unsubscribe\\?token=([^&\\s]+)&lang=es")
                .matcher(list.text());
        assertThat(link.find()).isTrue();
        io.restassured.RestAssured.given()
                .formParam("token", link.group(1))
                .formParam("lang", "es")
                .post("/unsubscribe")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Su Estado ya no recibirá listas"));
        clock.set(MORNING.plus(Duration.ofDays(1)));
        job.write();
        assertThat(Db.count("select count(*) from mail where kind = 'STATES_LIST' and recipient = '" + mission + "'"))
                .isEqualTo(1);
    }
}
