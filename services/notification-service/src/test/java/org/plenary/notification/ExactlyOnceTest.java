package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Management;

/** One mail per fact: a redelivered event mails nobody again; an SMTP outage loses nothing and doubles nothing. */
@QuarkusTest
class ExactlyOnceTest {

    @Test
    void aRedeliveredEventSendsNothing() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.newOrganisationId();
        ObjectNode accredited = Fixtures.application("accredited", organisation, "EFF", address, "en", "ACCREDITED");
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accredited);
        Fixtures.publish(Fixtures.APPLICATIONS_TOPIC, accredited);
        KafkaEvents.send(Fixtures.APPLICATIONS_TOPIC, organisation, accredited.toString());
        // Same key, same partition: once this later event's mail is out, the redeliveries were consumed before it.
        Fixtures.publish(
                Fixtures.APPLICATIONS_TOPIC,
                Fixtures.application("suspended", organisation, "EFF", address, "en", "SUSPENDED"));

        Mailbox.awaitKind(address, "SUSPENDED");
        List<Mailbox.Message> mails = Mailbox.await(address, 2);
        assertThat(mails.stream().map(Mailbox.Message::kind)).containsExactlyInAnyOrder("ACCREDITED", "SUSPENDED");
        assertThat(Db.count("select count(*) from mail where organisation_id = '" + organisation + "'"))
                .isEqualTo(2);
    }

    @Test
    void whileTheSmtpServerIsAwayMailWaitsAndGoesOutOnceWhenItIsBack() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.newOrganisationId();
        SmtpOutage.cut();
        try {
            Fixtures.publish(
                    Fixtures.APPLICATIONS_TOPIC,
                    Fixtures.application("accredited", organisation, "IFEX", address, "en", "ACCREDITED"));
            // Tried, and tried again, while the server is away.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> Db.count("select count(*) from mail where organisation_id = '" + organisation
                                    + "' and attempts >= 3 and sent_at is null and last_error like 'SMTP:%'")
                            == 1);
            assertThat(Mailbox.messages(address)).isEmpty();
        } finally {
            SmtpOutage.restore();
        }
        Mailbox.awaitKind(address, "ACCREDITED");
        Management.given()
                .get("/q/health/well")
                .then()
                .body(
                        "checks.find { it.name == 'Mail and webhooks' }.data.mailsWaiting",
                        org.hamcrest.Matchers.notNullValue());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Db.count("select count(*) from mail where organisation_id = '" + organisation
                                + "' and sent_at is not null and sent_to = '" + address + "'")
                        == 1);
        assertThat(Mailbox.messages(address)).hasSize(1);
    }

    @Test
    void anAddressRefusedForGoodIsNotTriedAgain() {
        String address = Mailbox.newAddress();
        Db.execute("insert into refused_address (address, reply, refused_at) values ('" + address
                + "', '550 5.1.1 no such mailbox', now())");
        String organisation = Fixtures.newOrganisationId();
        Fixtures.publish(
                Fixtures.APPLICATIONS_TOPIC,
                Fixtures.application("accredited", organisation, "TEDIC", address, "es", "ACCREDITED"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from mail where organisation_id = '" + organisation
                                + "' and refused_at is not null and sent_at is null")
                        == 1);
        assertThat(Mailbox.messages(address)).isEmpty();
    }
}
