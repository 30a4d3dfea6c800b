package org.plenary.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.notification.reminder.ReminderJob;
import org.plenary.testing.MovableClock;
import org.plenary.testing.OnVertx;

/**
 * Reminders before a registration deadline, on the movable clock: 72 h and 24 h before, once each, to the
 * organisations accredited to the session's body that have not registered, never to those that have; and the
 * unsubscribe link that works.
 */
@QuarkusTest
class ReminderTest {

    // A date no other test's session has: a session of the shared broker's history whose deadline the moved clock
    // reached would be reminded too, to its organisations, before this test's mails.
    private static final Instant DEADLINE = Instant.parse("2031-03-20T17:00:00Z");

    @Inject
    MovableClock clock;

    @Inject
    ReminderJob reminderJob;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String accredited(String body, String address, String language) {
        return known(body, address, language, "accredited", "ACCREDITED", "ACCREDITED");
    }

    /** An organisation whose application to the body is at this status, once the service has mailed it so. */
    private static String known(
            String body, String address, String language, String step, String status, String mailKind) {
        String organisation = Fixtures.newOrganisationId();
        ObjectNode event = Fixtures.application(step, organisation, "Org " + address, address, language, status);
        ((ObjectNode) event.get("data")).put("bodyId", body);
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, event);
        Mailbox.awaitKind(address, mailKind);
        return organisation;
    }

    /** A session of the body, 24 to 28 March 2031 in Vienna, whose registration closes at {@link #DEADLINE}. */
    private static ObjectNode session(UUID session, String title, String body, String participation) {
        ObjectNode event = Fixtures.session(session, title, DEADLINE, body);
        ((ObjectNode) event.get("data"))
                .put("startDate", "2031-03-24")
                .put("endDate", "2031-03-28")
                .put("registrationOpensAt", "2031-01-15T00:00:00Z")
                .put("accreditationCutoff", "2031-01-10T00:00:00Z")
                .put("participation", participation);
        return Fixtures.checked(event);
    }

    // Other sessions on the shared broker (an open one reminds every organisation): only this test's session counts.
    private static List<Mailbox.Message> reminders(String address, UUID session) {
        return Mailbox.messages(address).stream()
                .filter(m -> "REGISTRATION_REMINDER".equals(m.kind()))
                .filter(m -> m.text().contains("/me/sessions/" + session + "/eligibility"))
                .toList();
    }

    private static List<Mailbox.Message> awaitReminders(String address, UUID session, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> reminders(address, session), list -> list.size() >= count);
    }

    private static long reminderRows(String organisation, UUID session) {
        return Db.count("select count(*) from mail where kind = 'REGISTRATION_REMINDER' and organisation_id = '"
                + organisation + "' and session_id = '" + session + "'");
    }

    @Test
    void the72And24HourRemindersGoOnceEachToTheOrganisationsThatHaveNotRegisteredAndNotToThoseThatHave() {
        String body = "body-" + UUID.randomUUID();
        String waiting = Mailbox.newAddress();
        String french = Mailbox.newAddress();
        String registered = Mailbox.newAddress();
        String waitingOrg = accredited(body, waiting, null);
        String frenchOrg = accredited(body, french, "fr");
        String registeredOrg = accredited(body, registered, null);
        UUID session = UUID.randomUUID();
        Fixtures.publish(Fixtures.SESSIONS_TOPIC, session(session, "Vienna session", body, "ACCREDITATION_ONLY"));
        ObjectNode registration =
                Fixtures.registration("registered", UUID.randomUUID(), session, registeredOrg, "A delegate", "PENDING");
        ((ObjectNode) registration.get("data")).put("bodyId", body);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, registration);
        Mailbox.awaitKind(registered, "REGISTRATION_RECEIVED");

        // 71 hours before the deadline: the 72-hour reminder.
        clock.set(DEADLINE.minus(Duration.ofHours(71)));
        Mailbox.Message first = awaitReminders(waiting, session, 1).get(0);
        assertThat(first.subject()).isEqualTo("Reminder: registration for Vienna session closes in 72 hours");
        // Venue time (Vienna, UTC+1 in January) and UTC.
        assertThat(first.text())
                .contains("March 20, 2031 18:00 (Europe/Vienna)", "March 20, 2031 17:00 UTC")
                .contains("/unsubscribe?token=");
        assertThat(first.header("List-Unsubscribe")).contains("/unsubscribe?token=");
        Mailbox.Message frenchFirst = awaitReminders(french, session, 1).get(0);
        assertThat(frenchFirst.subject())
                .isEqualTo("Rappel : les inscriptions à la session Vienna session ferment dans 72 heures");
        assertThat(frenchFirst.text()).contains("20 mars 2031 18:00 (heure de Europe/Vienna)");

        // Later in the same window, the job runs again and writes nothing more for them.
        clock.set(DEADLINE.minus(Duration.ofHours(30)));
        OnVertx.await(() -> reminderJob.remind());
        assertThat(reminderRows(waitingOrg, session)).isEqualTo(1);
        assertThat(reminderRows(frenchOrg, session)).isEqualTo(1);

        // 23 hours before: the 24-hour reminder.
        clock.set(DEADLINE.minus(Duration.ofHours(23)));
        List<Mailbox.Message> both = awaitReminders(waiting, session, 2);
        assertThat(both.stream().map(Mailbox.Message::subject))
                .containsExactlyInAnyOrder(
                        "Reminder: registration for Vienna session closes in 72 hours",
                        "Reminder: registration for Vienna session closes in 24 hours");
        awaitReminders(french, session, 2);

        // Past the deadline nothing more; each reminder once; none for the organisation that registered.
        clock.set(DEADLINE.plus(Duration.ofHours(1)));
        OnVertx.await(() -> reminderJob.remind());
        assertThat(reminderRows(waitingOrg, session)).isEqualTo(2);
        assertThat(reminderRows(frenchOrg, session)).isEqualTo(2);
        assertThat(reminderRows(registeredOrg, session)).isZero();
        assertThat(reminders(registered, session)).isEmpty();
        assertThat(reminders(waiting, session)).hasSize(2);
    }

    @Test
    void anOpenSessionRemindsTheOrganisationsWhoseApplicationToItsBodyIsUnderWayAndNoOtherOrganisation() {
        String body = "body-" + UUID.randomUUID();
        String applying = Mailbox.newAddress();
        String rejected = Mailbox.newAddress();
        String elsewhere = Mailbox.newAddress();
        String applyingOrg = known(body, applying, null, "submitted", "SUBMITTED", "APPLICATION_RECEIVED");
        String rejectedOrg = known(body, rejected, null, "rejected", "REJECTED", "REJECTED");
        String elsewhereOrg = accredited("body-" + UUID.randomUUID(), elsewhere, null);
        UUID session = UUID.randomUUID();
        Fixtures.publish(Fixtures.SESSIONS_TOPIC, session(session, "Open session", body, "OPEN"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from session_copy where id = '" + session + "'") == 1);

        clock.set(DEADLINE.minus(Duration.ofHours(71)));
        OnVertx.await(() -> reminderJob.remind());
        assertThat(awaitReminders(applying, session, 1).get(0).subject())
                .isEqualTo("Reminder: registration for Open session closes in 72 hours");
        assertThat(reminderRows(applyingOrg, session)).isEqualTo(1);
        assertThat(reminderRows(rejectedOrg, session)).isZero();
        assertThat(reminderRows(elsewhereOrg, session)).isZero();
    }

    @Test
    void theUnsubscribeLinkStopsFurtherRemindersAndAForgedOneDoesNothing() {
        String body = "body-" + UUID.randomUUID();
        String leaving = Mailbox.newAddress();
        String staying = Mailbox.newAddress();
        String leavingOrg = accredited(body, leaving, "es");
        String stayingOrg = accredited(body, staying, null);
        UUID session = UUID.randomUUID();
        Fixtures.publish(Fixtures.SESSIONS_TOPIC, session(session, "Sesión de Viena", body, "ACCREDITATION_ONLY"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from session_copy where id = '" + session + "'") == 1);

        clock.set(DEADLINE.minus(Duration.ofHours(71)));
        Mailbox.Message reminder = awaitReminders(leaving, session, 1).get(0);
        assertThat(reminder.text()).contains("No recibir más recordatorios");
        Matcher link = Pattern.compile("(http://\\S+/unsubscribe\\?token=\\S+)").matcher(reminder.text());
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group(1));
        String token = uri.getQuery().split("&")[0].substring("token=".length());
        assertThat(uri.getQuery()).endsWith("&lang=es");

        // The page speaks the mail's language.
        given().queryParam("token", token)
                .queryParam("lang", "es")
                .get("/unsubscribe")
                .then()
                .statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("<button type=\"submit\">No recibir más recordatorios</button>"));

        given().queryParam("token", token)
                .get("/unsubscribe")
                .then()
                .statusCode(200)
                .body(containsString("<button type=\"submit\">Stop reminders</button>"));
        given().queryParam("token", token.substring(0, token.length() - 2) + "xx")
                .get("/unsubscribe")
                .then()
                .statusCode(400)
                .body(containsString("This link does not work"));
        given().formParam("token", token)
                .post("/unsubscribe")
                .then()
                .statusCode(200)
                .body(containsString("You will receive no more reminders"));
        assertThat(Db.count("select count(*) from unsubscription where organisation_id = '" + leavingOrg + "'"))
                .isEqualTo(1);

        clock.set(DEADLINE.minus(Duration.ofHours(23)));
        awaitReminders(staying, session, 2);
        assertThat(reminderRows(stayingOrg, session)).isEqualTo(2);
        assertThat(reminderRows(leavingOrg, session)).isEqualTo(1);
    }
}
