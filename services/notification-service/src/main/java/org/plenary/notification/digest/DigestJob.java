package org.plenary.notification.digest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.jboss.logging.Logger;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.notification.mail.MailKind;

/**
 * Once a day, from {@code notification.digest.at} in {@code notification.digest.time-zone} on the service's clock,
 * mails the secretariat ({@code notification.digest.to}) what waits for it: applications to review (submitted, or
 * objected and waiting for the body's decision), registrations to confirm, side-event proposals to allocate, written
 * submissions to publish, counted from this service's copies. One digest per day (the mail row is keyed by the
 * date), however often the job runs and on however many replicas; none once the secretariat unsubscribed.
 */
@ApplicationScoped
public class DigestJob {

    /** The mail's organisation key: the digest goes to the secretariat, not to an organisation. */
    public static final String SECRETARIAT = "secretariat";

    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final Clock REAL_TIME = Clock.systemUTC();

    private static final String WRITE = "insert into mail (id, kind, fact_id, organisation_id, recipient, essential,"
            + " data, created_at, next_attempt_at)"
            + " select gen_random_uuid(), cast(:kind as text), cast(:fact as text), cast(:organisation as text),"
            + " cast(:to as text), false, json_build_object('date', cast(:date as text),"
            + " 'applications', (select count(*) from accreditation_copy where status in ('SUBMITTED', 'OBJECTED')),"
            + " 'registrations', (select count(*) from registration_copy where status = 'PENDING'),"
            + " 'proposals', (select count(*) from proposal_copy where status = 'PENDING'),"
            + " 'submissions', (select count(*) from submission_copy where status = 'SUBMITTED'))::text,"
            + " cast(:now as timestamptz), cast(:due as timestamptz)"
            + " where not exists (select 1 from unsubscription u where u.organisation_id = cast(:organisation as text)"
            + " and u.category = 'digest')"
            + " on conflict (fact_id, kind, organisation_id) do nothing";

    private final Clock clock;
    private final NotificationConfig.Digest config;

    public DigestJob(Clock clock, NotificationConfig config) {
        this.clock = clock;
        this.config = config.digest();
    }

    @Scheduled(
            every = "${notification.digest.check-every:60s}",
            identity = "secretariat-digest",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return write().onFailure()
                .invoke(e -> LOG.warnf("Digest job failed, will run again: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Writes today's digest if it is time and it is not written yet; returns 1 if it wrote it. */
    public Uni<Integer> write() {
        if (config.to().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(config.timeZone());
        if (local.toLocalTime().isBefore(LocalTime.parse(config.at()))) {
            return Uni.createFrom().item(0);
        }
        String date = local.toLocalDate().toString();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(WRITE)
                        .setParameter("kind", MailKind.SECRETARIAT_DIGEST.name())
                        .setParameter("fact", "digest:" + date)
                        .setParameter("organisation", SECRETARIAT)
                        .setParameter("to", config.to().get())
                        .setParameter("date", date)
                        .setParameter("now", now)
                        .setParameter("due", REAL_TIME.instant())
                        .executeUpdate()));
    }
}
