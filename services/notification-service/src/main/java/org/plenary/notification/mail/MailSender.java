package org.plenary.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.notification.directory.Directory;
import org.plenary.notification.directory.Recipient;

/**
 * Sends the mails of the {@code mail} table with Quarkus Mailer. Each pass claims a batch of due mails (rows locked
 * {@code FOR UPDATE SKIP LOCKED} and leased for {@code notification.mail.lease}, so two replicas never send one mail
 * at once), renders each in its recipient's language and sends it. A mail that cannot be sent yet (the SMTP server
 * away, the organisation's address or the session not known yet) is tried again after a back-off that doubles up to
 * {@code notification.mail.max-back-off}, for as long as it takes: nothing is lost. An address the server refuses
 * for good (a 5xx answer) is recorded in {@code refused_address}, the mail marked refused, and never tried again.
 *
 * <p>Each mail carries the header {@code X-Plenary-Mail-Id}: in the rare case of a crash between the SMTP server's
 * acceptance and the commit of {@code sent_at}, the one mail sent again carries the same id.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** Back-off and leases follow the real time, not the domain's clock (which tests and the demo move). */
    private static final Clock REAL_TIME = Clock.systemUTC();

    private static final String CLAIM = "with due as (select id from mail where sent_at is null and refused_at is null"
            + " and next_attempt_at <= :now order by created_at limit :batch for update skip locked)"
            + " update mail m set next_attempt_at = :lease, attempts = m.attempts + 1 from due where m.id = due.id"
            + " returning json_build_object('id', m.id, 'kind', m.kind, 'organisationId', m.organisation_id,"
            + " 'sessionId', m.session_id, 'recipient', m.recipient, 'essential', m.essential, 'data', m.data,"
            + " 'attempts', m.attempts, 'factId', m.fact_id, 'language', m.language, 'timeZone', m.time_zone,"
            + " 'contact', (select row_to_json(c) from organisation_contact c"
            + " where c.organisation_id = m.organisation_id),"
            + " 'session', (select row_to_json(s) from session_copy s where s.id = m.session_id),"
            + " 'disclosure', (select b.objection_disclosure from body_copy b"
            + " where b.body_id = cast(m.data as json) ->> 'bodyId'),"
            + " 'refused', (select r.reply from refused_address r where r.address = coalesce(m.recipient,"
            + " (select c.email from organisation_contact c where c.organisation_id = m.organisation_id))))::text";

    private final Mailer mailer;
    private final MailRenderer renderer;
    private final ObjectMapper mapper;
    private final NotificationConfig.Mail config;
    private final Counter sent;
    private final Counter failed;
    private final Counter refused;
    private final Directory directory;
    /** Whether the last pass resolved a mail into its recipients, who are then due at once. */
    private volatile boolean resolvedInPass;

    public MailSender(
            Mailer mailer,
            MailRenderer renderer,
            ObjectMapper mapper,
            NotificationConfig config,
            MeterRegistry metrics,
            Directory directory) {
        this.mailer = mailer;
        this.directory = directory;
        this.renderer = renderer;
        this.mapper = mapper;
        this.config = config.mail();
        this.sent =
                Counter.builder("plenary.mail.sent").description("Mails sent").register(metrics);
        this.failed = Counter.builder("plenary.mail.failed")
                .description("Attempts to send a mail that failed and will be tried again")
                .register(metrics);
        this.refused = Counter.builder("plenary.mail.refused")
                .description("Mails whose address the SMTP server refused for good")
                .register(metrics);
    }

    @Scheduled(
            every = "${notification.mail.poll-interval:5s}",
            delayed = "${notification.mail.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "mail-sender")
    void scheduledPass() {
        try {
            while (sendDue() == config.batchSize() || resolvedInPass) {
                // a full batch, or mails just resolved into their recipients: more is waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail sender pass failed, the next one tries again: %s", e.getMessage());
        }
    }

    /** One pass: claims the due mails, up to the batch size, and tries each; returns how many it claimed. Blocks. */
    public int sendDue() {
        resolvedInPass = false;
        List<PendingMail> claimed = claim();
        for (PendingMail mail : claimed) {
            attempt(mail);
        }
        return claimed.size();
    }

    private List<PendingMail> claim() {
        Instant now = REAL_TIME.instant();
        List<String> rows = await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, String.class)
                        .setParameter("now", now)
                        .setParameter("batch", config.batchSize())
                        .setParameter("lease", now.plus(config.lease()))
                        .getResultList())));
        List<PendingMail> mails = new ArrayList<>();
        for (String row : rows) {
            mails.add(read(row));
        }
        return mails;
    }

    private PendingMail read(String row) {
        try {
            JsonNode json = mapper.readTree(row);
            return new PendingMail(
                    UUID.fromString(json.path("id").asText()),
                    MailKind.valueOf(json.path("kind").asText()),
                    json.path("organisationId").asText(null),
                    json.path("sessionId").asText(null),
                    json.path("recipient").asText(null),
                    json.path("essential").asBoolean(true),
                    mapper.readTree(json.path("data").asText()),
                    json.path("attempts").asInt(),
                    json.path("contact").isObject() ? json.path("contact") : null,
                    json.path("session").isObject() ? json.path("session") : null,
                    json.path("refused").asText(null),
                    json.path("disclosure").asText(null),
                    json.path("factId").asText(null),
                    json.path("language").asText(null),
                    json.path("timeZone").asText(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable mail row: " + e.getMessage(), e);
        }
    }

    private static final String FIRST_RECIPIENT = "update mail set recipient = :address, language = :language,"
            + " time_zone = :zone, next_attempt_at = :due, last_error = null where id = :id and recipient is null";
    private static final String OTHER_RECIPIENT = "insert into mail (id, kind, fact_id, organisation_id, session_id,"
            + " recipient, essential, data, created_at, next_attempt_at, language, time_zone)"
            + " select gen_random_uuid(), kind, fact_id || ' ' || cast(:address as text), organisation_id, session_id,"
            + " cast(:address as text), essential, data, created_at, cast(:due as timestamptz), cast(:language as text),"
            + " cast(:zone as text) from mail where id = :id on conflict (fact_id, kind, organisation_id) do nothing";

    /**
     * A mail to an organisation names no recipient when it is written: here it becomes the mail to the first of the
     * organisation's focal points as Keycloak has them now, with a row for each other one (their language, their
     * time zone), and the organisation's contact address among them; all due at once. While Keycloak cannot be
     * read, the mail waits like one the SMTP server refused for now. Returns whether it was resolved.
     */
    private boolean resolve(PendingMail mail) {
        List<Recipient> focalPoints;
        try {
            focalPoints = directory.focalPoints(mail.organisationId());
        } catch (RuntimeException e) {
            later(
                    mail,
                    "the focal points of " + mail.organisationId() + " cannot be read from Keycloak: "
                            + e.getMessage());
            return false;
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Recipient recipient : focalPoints) {
            recipients.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT), recipient);
        }
        String contact = mail.address();
        if (contact != null) {
            recipients.putIfAbsent(contact.toLowerCase(Locale.ROOT), new Recipient(contact, null, null, null));
        }
        if (recipients.isEmpty()) {
            later(mail, "no address known yet for organisation " + mail.organisationId());
            return false;
        }
        List<Recipient> all = List.copyOf(recipients.values());
        Instant due = REAL_TIME.instant();
        await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            io.smallrye.mutiny.Uni<Integer> chain = write(session, FIRST_RECIPIENT, mail, all.get(0), due);
            for (Recipient other : all.subList(1, all.size())) {
                chain = chain.chain(ignored -> write(session, OTHER_RECIPIENT, mail, other, due));
            }
            return chain;
        })));
        LOG.debugf(
                "Mail %s (%s) for %s: to %d recipient(s)", mail.id(), mail.kind(), mail.organisationId(), all.size());
        return true;
    }

    private static io.smallrye.mutiny.Uni<Integer> write(
            org.hibernate.reactive.mutiny.Mutiny.Session session,
            String sql,
            PendingMail mail,
            Recipient recipient,
            Instant due) {
        return session.createNativeQuery(sql)
                .setParameter("id", mail.id())
                .setParameter("address", recipient.email())
                .setParameter("language", recipient.language())
                .setParameter(
                        "zone",
                        recipient.timeZone() == null
                                ? null
                                : recipient.timeZone().getId())
                .setParameter("due", due)
                .executeUpdate();
    }

    private void attempt(PendingMail mail) {
        if (mail.recipient() == null && mail.organisationId() != null) {
            if (resolve(mail)) {
                resolvedInPass = true;
            }
            return;
        }
        String address = mail.address();
        if (address == null) {
            later(mail, "no address known yet for organisation " + mail.organisationId());
            return;
        }
        if (mail.refusedBefore() != null) {
            refuse(mail, address, "the address was refused before: " + mail.refusedBefore(), false);
            return;
        }
        if (mail.kind() == MailKind.OBJECTED && mail.disclosure() == null) {
            later(
                    mail,
                    "the disclosure policy of body "
                            + mail.data().path("bodyId").asText() + " not known yet");
            return;
        }
        if (mail.kind().aboutSession() && mail.session() == null) {
            later(mail, "session " + mail.sessionId() + " not known yet");
            return;
        }
        RenderedMail rendered;
        try {
            rendered = renderer.render(mail);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Mail %s (%s) cannot be rendered", mail.id(), mail.kind());
            later(mail, "cannot be rendered: " + e.getMessage());
            return;
        }
        Mail message = Mail.withText(address, rendered.subject(), rendered.text())
                .setHtml(rendered.html())
                .addHeader("X-Plenary-Mail-Id", mail.id().toString())
                .addHeader("X-Plenary-Mail-Kind", mail.kind().name())
                .addHeader("Content-Language", mail.language());
        String unsubscribe = renderer.unsubscribeLink(mail);
        if (unsubscribe != null) {
            message.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (rendered.ics() != null) {
            message.addAttachment(
                    "side-event.ics",
                    rendered.ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        try {
            mailer.send(message);
        } catch (RuntimeException e) {
            if (SmtpFailures.isPermanent(e)) {
                refuse(mail, address, SmtpFailures.reply(e), true);
            } else {
                failed.increment();
                later(mail, "SMTP: " + SmtpFailures.reply(e));
            }
            return;
        }
        sent.increment();
        update(
                "update mail set sent_at = :now, sent_to = :address, last_error = null where id = :id",
                mail.id(),
                address,
                null);
    }

    private void later(PendingMail mail, String why) {
        Duration wait = backOff(mail.attempts());
        LOG.debugf("Mail %s (%s): %s; trying again in %d ms", mail.id(), mail.kind(), why, wait.toMillis());
        update(
                "update mail set next_attempt_at = :due, last_error = :why where id = :id",
                mail.id(),
                why,
                REAL_TIME.instant().plus(wait));
    }

    private void refuse(PendingMail mail, String address, String reply, boolean record) {
        refused.increment();
        LOG.warnf("Mail %s (%s) to %s refused for good: %s", mail.id(), mail.kind(), address, reply);
        Instant now = REAL_TIME.instant();
        await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update mail set refused_at = :now, sent_to = :address, last_error = :reply where id = :id")
                        .setParameter("now", now)
                        .setParameter("address", address)
                        .setParameter("reply", reply)
                        .setParameter("id", mail.id())
                        .executeUpdate()
                        .chain(ignored -> record
                                ? session.createNativeQuery("insert into refused_address (address, reply, refused_at)"
                                                + " values (:address, :reply, :now) on conflict do nothing")
                                        .setParameter("address", address)
                                        .setParameter("reply", reply)
                                        .setParameter("now", now)
                                        .executeUpdate()
                                : io.smallrye.mutiny.Uni.createFrom().item(0)))));
    }

    private void update(String sql, UUID id, String text, Instant due) {
        Instant now = REAL_TIME.instant();
        await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql).setParameter("id", id);
            if (sql.contains(":now")) {
                query.setParameter("now", now);
            }
            if (sql.contains(":address")) {
                query.setParameter("address", text);
            }
            if (sql.contains(":why")) {
                query.setParameter("why", text);
            }
            if (sql.contains(":due")) {
                query.setParameter("due", due);
            }
            return query.executeUpdate();
        })));
    }

    /** The wait after the {@code attempts}-th failed attempt: doubling from the first, capped. */
    Duration backOff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = config.backOff().multipliedBy(factor);
        return wait.compareTo(config.maxBackOff()) > 0 ? config.maxBackOff() : wait;
    }

    private static <T> T await(Supplier<io.smallrye.mutiny.Uni<T>> uni) {
        try {
            return VertxContextSupport.subscribeAndAwait(uni);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
