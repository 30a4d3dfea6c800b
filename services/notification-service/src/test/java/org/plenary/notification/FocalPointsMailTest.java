package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.KeycloakAdmin;

/**
 * An organisation's mail goes to each of its focal points as the running Keycloak has them (the enabled members of
 * its Organization), each in the language and time zone of their account, and to its contact address; once each.
 */
@QuarkusTest
class FocalPointsMailTest {

    private final List<String> users = new java.util.ArrayList<>();
    private String organization;

    @AfterEach
    void cleanUp() {
        users.forEach(KeycloakAdmin::deleteUser);
        if (organization != null) {
            KeycloakAdmin.deleteOrganisation(organization);
        }
    }

    private String member(String email, Map<String, List<String>> attributes) {
        String user = KeycloakAdmin.createUser(KeycloakAdmin.newUsername("focal-point"), email, attributes);
        users.add(user);
        KeycloakAdmin.addMember(organization, user);
        return user;
    }

    @Test
    void everyFocalPointIsWrittenToOnceInTheirLanguageAndTimeZoneAndTheContactAddressToo() {
        String organisation = Fixtures.newOrganisationId();
        organization = KeycloakAdmin.createOrganisation(organisation, "Derechos Digitales " + organisation);
        String montreal = Mailbox.newAddress();
        String plain = Mailbox.newAddress();
        String away = Mailbox.newAddress();
        String contact = Mailbox.newAddress();
        member(montreal, Map.of("locale", List.of("fr"), "zoneinfo", List.of("America/Montreal")));
        member(plain, Map.of());
        KeycloakAdmin.setEnabled(member(away, Map.of("locale", List.of("fr"))), false);

        ObjectNode cleared =
                Fixtures.application("cleared", organisation, "Derechos Digitales", contact, "es", "NON_OBJECTION");
        ((ObjectNode) cleared.get("data")).put("nonObjectionEndsAt", "2026-02-10T12:00:00Z");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, cleared);

        Mailbox.Message french = Mailbox.awaitKind(montreal, "CLEARED");
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.subject()).startsWith("Période de non-objection ouverte");
        assertThat(french.text())
                .contains(
                        "10 février 2026 12:00 UTC",
                        "10 février 2026 07:00 dans votre fuseau horaire (America/Montreal)")
                .contains("en tant que point focal de Derechos Digitales");

        // No language of their own: the organisation's (Spanish); no time zone: UTC alone.
        Mailbox.Message spanish = Mailbox.awaitKind(plain, "CLEARED");
        assertThat(spanish.header("Content-Language")).isEqualTo("es");
        assertThat(spanish.text()).contains("12:00 UTC").doesNotContain("zona horaria");
        assertThat(spanish.text()).contains("como punto focal de Derechos Digitales");

        Mailbox.Message toContact = Mailbox.awaitKind(contact, "CLEARED");
        assertThat(toContact.header("Content-Language")).isEqualTo("es");
        assertThat(toContact.text()).contains("la dirección de contacto de su organización");

        // The same mail for everyone carries one id per recipient, and nobody gets it twice, the disabled member not at
        // all.
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, cleared);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Db.count("select count(*) from processed_event where consumer = 'accreditations'"
                                + " and event_id = '" + cleared.path("id").asText() + "'")
                        == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Db.count("select count(*) from mail where organisation_id = '" + organisation
                                + "' and sent_at is null")
                        == 0);
        assertThat(Db.count("select count(*) from mail where organisation_id = '" + organisation + "'"))
                .isEqualTo(3);
        assertThat(Mailbox.messages(montreal)).hasSize(1);
        assertThat(Mailbox.messages(plain)).hasSize(1);
        assertThat(Mailbox.messages(contact)).hasSize(1);
        assertThat(Mailbox.messages(away)).isEmpty();
        assertThat(List.of(
                        french.header("X-Plenary-Mail-Id"),
                        spanish.header("X-Plenary-Mail-Id"),
                        toContact.header("X-Plenary-Mail-Id")))
                .doesNotHaveDuplicates();
    }

    @Test
    void aReminderTellsTheDeadlineInTheFocalPointsOwnTimeZone() {
        String organisation = Fixtures.newOrganisationId();
        organization = KeycloakAdmin.createOrganisation(organisation, "Fundación Karisma " + organisation);
        String bogota = Mailbox.newAddress();
        member(bogota, Map.of("locale", List.of("es"), "zoneinfo", List.of("America/Bogota")));
        String body = Fixtures.newBody("NONE");
        ObjectNode accredited =
                Fixtures.application("accredited", organisation, "Fundación Karisma", null, "es", "ACCREDITED");
        ((ObjectNode) accredited.get("data")).put("bodyId", body);
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accredited);
        Mailbox.awaitKind(bogota, "ACCREDITED");

        // Registration closes in 20 hours: the 24-hour reminder is due at once.
        Instant deadline = Instant.now().plus(Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC, Fixtures.session(session, "Sesión de Bogotá " + session, deadline, body));

        Mailbox.Message reminder = Mailbox.awaitKind(bogota, "REGISTRATION_REMINDER");
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        assertThat(reminder.text())
                .contains("(hora de Europe/Vienna)")
                .contains(time.format(deadline.atZone(java.time.ZoneId.of("America/Bogota")))
                        + " en su zona horaria (America/Bogota)");
    }
}
