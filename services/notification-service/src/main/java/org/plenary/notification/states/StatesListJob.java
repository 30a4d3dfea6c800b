package org.plenary.notification.states;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.notification.directory.Directory;
import org.plenary.notification.directory.Recipient;
import org.plenary.notification.mail.MailKind;

/**
 * Once a day, from {@code notification.states-list.at} in the digest's time zone on the service's clock, writes to
 * every state's focal point (as Keycloak has them) the applications whose non-objection period ends within
 * {@code notification.states-list.ahead} (default a week), from this service's copies: organisation, body and the
 * end of the period. Nothing when no period ends in that time. One list per day and person (the mail row is keyed
 * by the date and the address), however often the job runs and on however many replicas; none to a state whose
 * focal points unsubscribed from the list.
 */
@ApplicationScoped
public class StatesListJob {

    private static final Logger LOG = Logger.getLogger(StatesListJob.class);
    private static final Clock REAL_TIME = Clock.systemUTC();

    private static final String ENDING = "select count(*) from accreditation_copy a where a.status = 'NON_OBJECTION'"
            + " and a.non_objection_ends_at > cast(:now as timestamptz)"
            + " and a.non_objection_ends_at <= cast(:until as timestamptz)";

    private static final String WRITE = "insert into mail (id, kind, fact_id, organisation_id, recipient, essential,"
            + " data, created_at, next_attempt_at, language, time_zone)"
            + " select gen_random_uuid(), cast(:kind as text), cast(:fact as text), cast(:state as text),"
            + " cast(:to as text), false, json_build_object('date', cast(:date as text), 'applications',"
            + " (select json_agg(json_build_object('organisation', coalesce(c.name, a.organisation_id), 'bodyId',"
            + " a.body_id, 'endsAt', a.non_objection_ends_at) order by a.non_objection_ends_at, a.organisation_id)"
            + " from accreditation_copy a left join organisation_contact c on c.organisation_id = a.organisation_id"
            + " where a.status = 'NON_OBJECTION' and a.non_objection_ends_at > cast(:now as timestamptz)"
            + " and a.non_objection_ends_at <= cast(:until as timestamptz)))::text,"
            + " cast(:now as timestamptz), cast(:due as timestamptz), cast(:language as text), cast(:zone as text)"
            + " where not exists (select 1 from unsubscription u where u.organisation_id = cast(:state as text)"
            + " and u.category = 'states-list')"
            + " on conflict (fact_id, kind, organisation_id) do nothing";

    private final Clock clock;
    private final Directory directory;
    private final NotificationConfig.StatesList config;
    private final ZoneId timeZone;

    public StatesListJob(Clock clock, Directory directory, NotificationConfig config) {
        this.clock = clock;
        this.directory = directory;
        this.config = config.statesList();
        this.timeZone = config.digest().timeZone();
    }

    /** The key of a state's mail rows and of its unsubscription. */
    public static String stateKey(String state) {
        return "state:" + state;
    }

    @Scheduled(
            every = "${notification.states-list.check-every:60s}",
            identity = "states-list",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int written = write();
            if (written > 0) {
                LOG.infof("Wrote the states' list to %d focal point(s)", written);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "States' list job failed, will run again: %s", e.getMessage());
        }
    }

    /** Writes today's list to each state's focal point if it is time and not written yet; returns how many. Blocks. */
    public int write() {
        if (!config.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(timeZone);
        if (local.toLocalTime().isBefore(LocalTime.parse(config.at()))) {
            return 0;
        }
        Instant until = now.plus(config.ahead());
        long ending = await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(ENDING, Long.class)
                        .setParameter("now", now)
                        .setParameter("until", until)
                        .getSingleResult())));
        if (ending == 0) {
            return 0;
        }
        List<Recipient> focalPoints = directory.stateFocalPoints();
        String date = local.toLocalDate().toString();
        int written = 0;
        for (Recipient recipient : focalPoints) {
            written += await(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(WRITE)
                            .setParameter("kind", MailKind.STATES_LIST.name())
                            .setParameter("fact", "states-list:" + date + ":" + recipient.email())
                            .setParameter("state", stateKey(recipient.state()))
                            .setParameter("to", recipient.email())
                            .setParameter("date", date)
                            .setParameter("now", now)
                            .setParameter("until", until)
                            .setParameter("due", REAL_TIME.instant())
                            .setParameter("language", recipient.language())
                            .setParameter(
                                    "zone",
                                    recipient.timeZone() == null
                                            ? null
                                            : recipient.timeZone().getId())
                            .executeUpdate())));
        }
        return written;
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
