package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Side events approved (with an .ics), rejected and cancelled; submissions published and declined. */
@QuarkusTest
class SideEventAndSubmissionMailTest {

    @Test
    void anApprovedSideEventsMailGivesTheRoomAndSlotInVenueTimeWithAnIcsAttachment() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.organisation(address, null);
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC,
                Fixtures.session(session, "Ad Hoc Committee, Vienna session", Instant.parse("2026-01-22T17:00:00Z")));
        UUID approved = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.PROPOSALS_TOPIC,
                Fixtures.proposal("approved", approved, session, organisation, "Rights, online", "APPROVED"));
        ObjectNode rejected =
                Fixtures.proposal("rejected", UUID.randomUUID(), session, organisation, "A second event", "REJECTED");
        ((ObjectNode) rejected.get("data")).put("reason", "One side event per organisation");
        Fixtures.publish(Fixtures.PROPOSALS_TOPIC, rejected);
        Fixtures.publish(
                Fixtures.PROPOSALS_TOPIC,
                Fixtures.proposal("cancelled", approved, session, organisation, "Rights, online", "CANCELLED"));

        List<Mailbox.Message> mails = Mailbox.await(address, 4);
        assertThat(mails.stream().map(Mailbox.Message::kind))
                .containsExactlyInAnyOrder(
                        "APPLICATION_RECEIVED", "SIDE_EVENT_APPROVED", "SIDE_EVENT_REJECTED", "SIDE_EVENT_CANCELLED");
        Mailbox.Message mail = Mailbox.awaitKind(address, "SIDE_EVENT_APPROVED");
        assertThat(mail.subject()).isEqualTo("Side event approved: Rights, online");
        assertThat(mail.text())
                .contains(
                        "Room: Room M3",
                        "January 27, 2026, 13:15 to 14:05 (Europe/Vienna)",
                        "http://localhost:8080/sessions/" + session + "/programme");
        String ics = mail.part("text/calendar").content();
        assertThat(ics)
                .contains(
                        "BEGIN:VEVENT",
                        "UID:" + approved + "@plenary",
                        "DTSTART:20260127T121500Z",
                        "DTEND:20260127T130500Z",
                        "SUMMARY:Rights\\, online",
                        "LOCATION:Room M3\\, Vienna International Centre");
        assertThat(Mailbox.awaitKind(address, "SIDE_EVENT_REJECTED").text())
                .contains("The reason: One side event per organisation");
        Mailbox.Message cancelled = Mailbox.awaitKind(address, "SIDE_EVENT_CANCELLED");
        assertThat(cancelled.text()).contains("is cancelled, and its room (Room M3) freed");
        assertThat(cancelled.hasPart("text/calendar")).isFalse();
    }

    @Test
    void aPublishedAndADeclinedSubmissionAreEachMailedOnce() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.organisation(address, "fr");
        UUID session = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.SESSIONS_TOPIC,
                Fixtures.session(session, "Comité spécial, session de Vienne", Instant.parse("2026-01-22T17:00:00Z")));
        Fixtures.publish(
                Fixtures.SUBMISSIONS_TOPIC,
                Fixtures.submission(
                        "published", UUID.randomUUID(), session, organisation, "Sur la règle 17", "PUBLISHED"));
        ObjectNode declined = Fixtures.submission(
                "declined", UUID.randomUUID(), session, organisation, "Une seconde contribution", "DECLINED");
        ((ObjectNode) declined.get("data")).put("reason", "Plus de 2 000 mots");
        Fixtures.publish(Fixtures.SUBMISSIONS_TOPIC, declined);

        List<Mailbox.Message> mails = Mailbox.await(address, 3);
        assertThat(mails).hasSize(3);
        assertThat(Mailbox.awaitKind(address, "SUBMISSION_PUBLISHED").subject())
                .isEqualTo("Contribution écrite publiée : Sur la règle 17");
        assertThat(Mailbox.awaitKind(address, "SUBMISSION_DECLINED").text()).contains("Motif : Plus de 2 000 mots");
    }
}
