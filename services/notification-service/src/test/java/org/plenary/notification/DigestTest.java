package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.notification.digest.DigestJob;
import org.plenary.testing.MovableClock;
import org.plenary.testing.OnVertx;

/** The secretariat's daily digest of what waits for it, once a day from 07:00 Vienna time, on the movable clock. */
@QuarkusTest
class DigestTest {

    private static final String SECRETARIAT = "secretariat-digest@example.org";
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Inject
    MovableClock clock;

    @Inject
    DigestJob digests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long count(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ": (\\d+)").matcher(text);
        assertThat(m.find()).as(label + " in " + text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theDigestCountsWhatWaitsAndGoesOutOnceADayFromSevenInTheMorning() {
        String organisation = Fixtures.organisation(Mailbox.newAddress(), null);
        UUID session = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.PROPOSALS_TOPIC,
                Fixtures.proposal("proposed", proposal, session, organisation, "A proposal", "PENDING"));
        Fixtures.publish(
                Fixtures.SUBMISSIONS_TOPIC,
                Fixtures.submission("submitted", UUID.randomUUID(), session, organisation, "A text", "SUBMITTED"));
        Fixtures.publish(
                Fixtures.REGISTRATIONS_TOPIC,
                Fixtures.registration("registered", UUID.randomUUID(), session, organisation, "A delegate", "PENDING"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Db.count("select count(*) from proposal_copy where proposal_id = '" + proposal + "'") == 1
                        && Db.count("select count(*) from submission_copy where organisation_id = '" + organisation
                                        + "'")
                                == 1
                        && Db.count("select count(*) from registration_copy where organisation_id = '" + organisation
                                        + "'")
                                == 1
                        && Db.count("select count(*) from accreditation_copy where organisation_id = '" + organisation
                                        + "'")
                                == 1);

        // A day of its own (the mailbox keeps earlier runs' digests).
        LocalDate day =
                LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String fact = "digest:" + day;
        clock.set(day.atTime(6, 30).atZone(VIENNA).toInstant());
        assertThat(OnVertx.await(() -> digests.write())).isZero();
        assertThat(Db.count("select count(*) from mail where fact_id = '" + fact + "'"))
                .isZero();

        clock.set(day.atTime(7, 5).atZone(VIENNA).toInstant());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.ENGLISH)
                .format(day);
        Mailbox.Message digest = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> Mailbox.messages(SECRETARIAT).stream()
                                .filter(m -> m.subject().equals("Plenary: what waits for the secretariat on " + date))
                                .toList(),
                        list -> !list.isEmpty())
                .get(0);
        assertThat(count(digest.text(), "Applications to review")).isPositive();
        assertThat(count(digest.text(), "Registrations to confirm")).isPositive();
        assertThat(count(digest.text(), "Side-event proposals to allocate")).isPositive();
        assertThat(count(digest.text(), "Written submissions to publish")).isPositive();
        assertThat(digest.text()).contains("/unsubscribe?token=");

        // Later that day the job runs again: still one digest.
        clock.set(day.atTime(18, 0).atZone(VIENNA).toInstant());
        assertThat(OnVertx.await(() -> digests.write())).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        Db.count("select count(*) from mail where fact_id = '" + fact + "' and sent_at is not null")
                                == 1);
        List<Mailbox.Message> that = Mailbox.messages(SECRETARIAT).stream()
                .filter(m -> m.subject().endsWith(" on " + date))
                .toList();
        assertThat(that).hasSize(1);
    }
}
