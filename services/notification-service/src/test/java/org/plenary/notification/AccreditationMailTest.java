package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each step of an accreditation application, mailed once to the organisation, in its language, and to no one else. */
@QuarkusTest
class AccreditationMailTest {

    private static final String[][] STEPS = {
        {"submitted", "SUBMITTED", "APPLICATION_RECEIVED", "Demande reçue : Association du numérique"},
        {"information-requested", "INFORMATION_REQUESTED", "INFORMATION_REQUESTED", "Informations complémentaires"},
        {"cleared", "NON_OBJECTION", "CLEARED", "Période de non-objection ouverte"},
        {"objected", "OBJECTED", "OBJECTED", "Une objection a été formulée"},
        {"accredited", "ACCREDITED", "ACCREDITED", "Accréditation accordée : Association du numérique"},
        {"rejected", "REJECTED", "REJECTED", "Demande non retenue"},
        {"suspended", "SUSPENDED", "SUSPENDED", "Accréditation suspendue"},
        {"reinstated", "ACCREDITED", "REINSTATED", "Accréditation rétablie"},
        {"revoked", "REVOKED", "REVOKED", "Accréditation retirée"},
    };

    @Test
    void eachStepOfAnApplicationIsMailedOnceToTheOrganisationInItsLanguageAndToNoOneElse() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.newOrganisationId();
        String otherAddress = Mailbox.newAddress();
        String other = Fixtures.newOrganisationId();
        String body = Fixtures.newBody("REASON_ONLY");
        for (String[] step : STEPS) {
            ObjectNode event =
                    Fixtures.application(step[0], organisation, "Association du numérique", address, "fr", step[1]);
            ObjectNode data = (ObjectNode) event.get("data");
            data.put("bodyId", body);
            if (step[0].equals("cleared")) {
                data.put("nonObjectionEndsAt", "2026-02-10T12:00:00Z");
            }
            if (step[0].equals("objected")) {
                data.put("reason", "Le motif communiqué par le secrétariat");
            }
            Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, event);
        }
        Fixtures.publish(
                Fixtures.APPLICATIONS_TOPIC,
                Fixtures.application("submitted", other, "Open Net Korea", otherAddress, null, "SUBMITTED"));

        List<Mailbox.Message> mails = Mailbox.await(address, STEPS.length);
        assertThat(mails).hasSize(STEPS.length);
        Map<String, Mailbox.Message> byKind = new java.util.HashMap<>();
        mails.forEach(m -> byKind.put(m.kind(), m));
        assertThat(byKind).hasSize(STEPS.length);
        for (String[] step : STEPS) {
            Mailbox.Message mail = byKind.get(step[2]);
            assertThat(mail).as(step[2]).isNotNull();
            assertThat(mail.subject()).as(step[2]).startsWith(step[3]);
            assertThat(mail.header("Content-Language")).isEqualTo("fr");
            assertThat(mail.text()).contains("point focal de Association du numérique", "http://localhost:8080/me");
            assertThat(mail.html()).contains("<a href=\"http://localhost:8080/me\">Ouvrir dans Plenary</a>");
        }
        assertThat(byKind.get("CLEARED").text()).contains("10 février 2026 12:00 UTC");
        assertThat(byKind.get("OBJECTED").text()).contains("Motif : Le motif communiqué par le secrétariat");
        assertThat(byKind.get("ACCREDITED").text()).doesNotContain("Motif");

        // The other organisation gets its own mail, in English (it named no language), and none of the first's.
        List<Mailbox.Message> others = Mailbox.await(otherAddress, 1);
        assertThat(others).hasSize(1);
        assertThat(others.get(0).subject()).isEqualTo("Application received: Open Net Korea");
        assertThat(others.get(0).text()).contains("Dear focal point of Open Net Korea");
        assertThat(Mailbox.messages(address)).hasSize(STEPS.length);
    }

    @Test
    void anObjectionsReasonIsNotToldWhereTheBodysPolicyDisclosesNone() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.newOrganisationId();
        String body = Fixtures.newBody("NONE");
        ObjectNode objected = Fixtures.application("objected", organisation, "TEDIC", address, "en", "OBJECTED");
        ((ObjectNode) objected.get("data")).put("bodyId", body).put("reason", "A reason kept from the organisation");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, objected);

        Mailbox.Message mail = Mailbox.awaitKind(address, "OBJECTED");
        assertThat(mail.subject()).isEqualTo("An objection was made to your application to " + body);
        assertThat(mail.text()).doesNotContain("A reason kept from the organisation", "The reason given");
        assertThat(mail.html()).doesNotContain("A reason kept from the organisation");
    }
}
