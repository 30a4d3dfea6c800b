package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each registration change, mailed once to the organisation, in its language, with the session's facts. */
@QuarkusTest
class RegistrationMailTest {

    @Test
    void eachRegistrationChangeIsMailedOnceInTheOrganisationsLanguageWithTheSessionsDatesAndVenue() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.organisation(address, "es");
        Mailbox.awaitKind(address, "APPLICATION_RECEIVED");
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC,
                Fixtures.session(session, "Comité Especial, sesión de Viena", Instant.parse("2026-01-22T17:00:00Z")));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.REGISTRATIONS_TOPIC,
                Fixtures.registration("registered", first, session, organisation, "Ana Pérez", "PENDING"));
        ObjectNode waitlisted =
                Fixtures.registration("waitlisted", second, session, organisation, "Luis Gómez", "WAITLISTED");
        ((ObjectNode) waitlisted.get("data")).put("waitlistPosition", 2);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, waitlisted);
        Fixtures.publish(
                Fixtures.REGISTRATIONS_TOPIC,
                Fixtures.registration("confirmed", first, session, organisation, "Ana Pérez", "CONFIRMED"));
        Fixtures.publish(
                Fixtures.REGISTRATIONS_TOPIC,
                Fixtures.registration("promoted", second, session, organisation, "Luis Gómez", "PENDING"));
        ObjectNode declined =
                Fixtures.registration("declined", second, session, organisation, "Luis Gómez", "DECLINED");
        ((ObjectNode) declined.get("data")).put("reason", "Carta de designación ilegible");
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, declined);
        ObjectNode withdrawn =
                Fixtures.registration("withdrawn", first, session, organisation, "Ana Pérez", "WITHDRAWN");
        ((ObjectNode) withdrawn.get("data")).put("reason", "Acreditación revocada");
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, withdrawn);

        List<Mailbox.Message> mails = Mailbox.await(address, 7);
        assertThat(mails).hasSize(7);
        assertThat(mails.stream().map(Mailbox.Message::kind))
                .containsExactlyInAnyOrder(
                        "APPLICATION_RECEIVED",
                        "REGISTRATION_RECEIVED",
                        "WAITLISTED",
                        "REGISTRATION_CONFIRMED",
                        "PROMOTED",
                        "REGISTRATION_DECLINED",
                        "REGISTRATION_WITHDRAWN");
        Mailbox.Message confirmed = Mailbox.awaitKind(address, "REGISTRATION_CONFIRMED");
        assertThat(confirmed.subject())
                .isEqualTo("Inscripción confirmada: Ana Pérez, Comité Especial, sesión de Viena");
        assertThat(confirmed.text())
                .contains(
                        "Vienna International Centre",
                        "del 26 de enero de 2026 al 30 de enero de 2026",
                        "Europe/Vienna",
                        "http://localhost:8080/me/sessions/" + session + "/eligibility");
        assertThat(Mailbox.awaitKind(address, "WAITLISTED").text()).contains("en el puesto 2");
        assertThat(Mailbox.awaitKind(address, "REGISTRATION_DECLINED").text())
                .contains("Motivo: Carta de designación ilegible");
        assertThat(Mailbox.awaitKind(address, "REGISTRATION_WITHDRAWN").subject())
                .isEqualTo("Inscripción retirada: Ana Pérez, Comité Especial, sesión de Viena");
    }

    @Test
    void aDelegateRegisteredConfirmedAtOnceIsMailedAsConfirmed() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.organisation(address, null);
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC,
                Fixtures.session(session, "Ad Hoc Committee, Vienna", Instant.parse("2026-01-22T17:00:00Z")));
        Fixtures.publish(
                Fixtures.REGISTRATIONS_TOPIC,
                Fixtures.registration(
                        "registered", UUID.randomUUID(), session, organisation, "Ana Pérez", "CONFIRMED"));

        Mailbox.Message confirmed = Mailbox.awaitKind(address, "REGISTRATION_CONFIRMED");
        assertThat(confirmed.subject()).isEqualTo("Registration confirmed: Ana Pérez, Ad Hoc Committee, Vienna");
        assertThat(confirmed.text()).contains("from January 26, 2026 to January 30, 2026");
        assertThat(Mailbox.await(address, 2).stream().map(Mailbox.Message::kind))
                .containsExactlyInAnyOrder("APPLICATION_RECEIVED", "REGISTRATION_CONFIRMED");
    }

    @Test
    void theDelegateIsWrittenToAtTheirOwnAddressOnceTheirRegistrationIsConfirmedAndNotBefore() {
        String address = Mailbox.newAddress();
        String delegate = Mailbox.newAddress();
        String substitute = Mailbox.newAddress();
        String organisation = Fixtures.organisation(address, "fr");
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC,
                Fixtures.session(session, "Comité spécial, session de Vienne", Instant.parse("2026-01-22T17:00:00Z")));
        UUID registration = UUID.randomUUID();
        ObjectNode registered =
                Fixtures.registration("registered", registration, session, organisation, "Awa Diallo", "PENDING");
        ((ObjectNode) registered.get("data").get("delegate")).put("email", delegate);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, registered);
        ObjectNode confirmed =
                Fixtures.registration("confirmed", registration, session, organisation, "Awa Diallo", "CONFIRMED");
        ((ObjectNode) confirmed.get("data").get("delegate")).put("email", delegate);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, confirmed);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, confirmed);
        ObjectNode substituted =
                Fixtures.registration("substituted", registration, session, organisation, "Moussa Sow", "CONFIRMED");
        ((ObjectNode) substituted.get("data").get("delegate")).put("email", substitute);
        Fixtures.publish(Fixtures.REGISTRATIONS_TOPIC, substituted);

        Mailbox.Message mail = Mailbox.awaitKind(delegate, "DELEGATE_CONFIRMED");
        assertThat(mail.header("Content-Language")).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Votre inscription est confirmée : Comité spécial, session de Vienne");
        assertThat(mail.text())
                .contains("Bonjour Awa Diallo,", "Vienna International Centre")
                .contains("du 26 janvier 2026 au 30 janvier 2026", "vous a inscrit comme délégué");
        Mailbox.Message toSubstitute = Mailbox.awaitKind(substitute, "DELEGATE_CONFIRMED");
        assertThat(toSubstitute.text()).contains("Moussa Sow");
        // The organisation's own mails do not go to the delegate; the delegate's registration, pending, told nothing.
        Mailbox.awaitKind(address, "REGISTRATION_CONFIRMED");
        assertThat(Mailbox.messages(delegate)).hasSize(1);
        assertThat(Mailbox.messages(substitute)).hasSize(1);
    }
}
