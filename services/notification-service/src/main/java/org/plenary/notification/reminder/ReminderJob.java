package org.plenary.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.notification.mail.MailKind;

/**
 * Reminds every organisation eligible for a session that has not registered for it (no pending, confirmed or
 * waiting registration) a set time before the registration deadline ({@code notification.reminders.before}, default
 * 72 h and 24 h), on the service's clock. Each reminder is a mail row keyed by the session and the time before, so
 * it goes out once per organisation, however often the job runs and on however many replicas. Each reminder has its
 * window, up to the next one: a service that was down through the 72-hour window sends only the 24-hour reminder.
 * Eligible: accredited to the session's body for an accreditation-only session; for an open one, also an
 * organisation whose application to the body is under way (neither rejected, withdrawn, suspended nor revoked), and
 * no organisation that has nothing to do with the body. Organisations that unsubscribed from reminders are left out.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    private static final Clock REAL_TIME = Clock.systemUTC();

    private static final String REMIND = "insert into mail (id, kind, fact_id, organisation_id, session_id, essential,"
            + " data, created_at, next_attempt_at)"
            + " select gen_random_uuid(), cast(:kind as text), 'reminder:' || s.id || ':' || cast(:before as text),"
            + " o.organisation_id, s.id, false, json_build_object('hoursBefore', cast(:hours as integer))::text,"
            + " cast(:now as timestamptz), cast(:due as timestamptz)"
            + " from session_copy s join organisation_contact o on true"
            + " where s.registration_deadline - cast(:beforeSeconds as bigint) * interval '1 second' <= cast(:now as timestamptz)"
            + " and (cast(:nextSeconds as bigint) < 0"
            + " or cast(:now as timestamptz) < s.registration_deadline - cast(:nextSeconds as bigint) * interval '1 second')"
            + " and cast(:now as timestamptz) < s.registration_deadline"
            + " and exists (select 1 from accreditation_copy a where a.organisation_id = o.organisation_id"
            + " and a.body_id = s.body_id and (a.status = 'ACCREDITED' or (s.participation = 'OPEN'"
            + " and a.status not in ('REJECTED', 'WITHDRAWN', 'SUSPENDED', 'REVOKED'))))"
            + " and not exists (select 1 from registration_copy r where r.session_id = s.id"
            + " and r.organisation_id = o.organisation_id and r.status in ('PENDING', 'CONFIRMED', 'WAITLISTED'))"
            + " and not exists (select 1 from unsubscription u where u.organisation_id = o.organisation_id"
            + " and u.category = 'reminders')"
            + " on conflict (fact_id, kind, organisation_id) do nothing";

    private final Clock clock;
    private final List<Duration> before;

    public ReminderJob(Clock clock, NotificationConfig config) {
        this.clock = clock;
        List<Duration> sorted = new ArrayList<>(config.reminders().before());
        sorted.sort(Comparator.reverseOrder());
        this.before = List.copyOf(sorted);
    }

    @Scheduled(
            every = "${notification.reminders.check-every:60s}",
            identity = "registration-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return remind().invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Wrote %d registration reminder(s)", count);
                    }
                })
                .onFailure()
                .invoke(e -> LOG.warnf("Reminder job failed, will run again: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Writes the reminders now due; returns how many. */
    public Uni<Integer> remind() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            Uni<Integer> total = Uni.createFrom().item(0);
            for (int i = 0; i < before.size(); i++) {
                Duration offset = before.get(i);
                Long next = i + 1 < before.size() ? before.get(i + 1).toSeconds() : null;
                total = total.chain(sum -> session.createNativeQuery(REMIND)
                        .setParameter("kind", MailKind.REGISTRATION_REMINDER.name())
                        .setParameter("before", offset.toString())
                        .setParameter("hours", offset.toHours())
                        .setParameter("beforeSeconds", offset.toSeconds())
                        .setParameter("nextSeconds", next == null ? -1L : next)
                        .setParameter("now", now)
                        .setParameter("due", REAL_TIME.instant())
                        .executeUpdate()
                        .map(count -> sum + count));
            }
            return total;
        }));
    }
}
