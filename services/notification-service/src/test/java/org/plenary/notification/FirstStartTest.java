package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What was produced before the service began is learnt (its copies) and never told: a service deployed beside a
 * history, or given an empty database, mails nobody about the past.
 */
@QuarkusTest
class FirstStartTest {

    @Test
    void anApplicationProducedBeforeTheServiceBeganIsLearntWithoutAMailAndItsNextStepIsMailed() {
        String address = Mailbox.newAddress();
        String organisation = Fixtures.newOrganisationId();
        ObjectNode past =
                Fixtures.application("submitted", organisation, "Derechos Digitales", address, "es", "SUBMITTED");
        Fixtures.publishProducedAt(
                Fixtures.APPLICATIONS_TOPIC, past, Instant.now().minus(Duration.ofHours(1)));

        await().atMost(Duration.ofMinutes(1))
                .until(() -> Db.count("select count(*) from organisation_contact where organisation_id = '"
                                + organisation + "'")
                        == 1);
        assertThat(Db.count("select count(*) from mail where organisation_id = '" + organisation + "'"))
                .isZero();

        Fixtures.publish(
                Fixtures.APPLICATIONS_TOPIC,
                Fixtures.application(
                        "information-requested",
                        organisation,
                        "Derechos Digitales",
                        address,
                        "es",
                        "INFORMATION_REQUESTED"));
        Mailbox.Message mail = Mailbox.awaitKind(address, "INFORMATION_REQUESTED");
        assertThat(mail.header("Content-Language")).isEqualTo("es");
        assertThat(Mailbox.await(address, 1))
                .extracting(Mailbox.Message::kind)
                .containsExactly("INFORMATION_REQUESTED");
        assertThat(Db.texts("select kind from mail where organisation_id = '" + organisation + "'"))
                .containsExactly("INFORMATION_REQUESTED");
    }
}
