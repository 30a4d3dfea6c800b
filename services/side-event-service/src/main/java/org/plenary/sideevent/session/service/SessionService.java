package org.plenary.sideevent.session.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.contracts.SideEventEvents;
import org.plenary.platform.outbox.Outbox;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Actor;
import org.plenary.platform.security.Caller;
import org.plenary.sideevent.db.DatabaseRules;
import org.plenary.sideevent.session.domain.AccreditationCopy;
import org.plenary.sideevent.session.domain.RegistrationCopy;
import org.plenary.sideevent.session.domain.SessionCopy;
import org.plenary.sideevent.session.rest.EligibilityView;
import org.plenary.sideevent.session.rest.SessionView;

/**
 * The sessions this service knows (copied from the registration service's events), their side-event policy, and
 * which organisations are eligible for their side events.
 */
@ApplicationScoped
public class SessionService {

    private static final String MOST_APPROVED = "select coalesce(max(n), 0) from (select count(*) as n from proposal"
            + " where session_id = :session and status = 'APPROVED' group by organisation_id) per_organiser";

    private final Outbox outbox;
    private final Caller caller;

    public SessionService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /** The session, or a 404 problem saying this service does not know it (yet). */
    public Uni<SessionCopy> find(UUID id) {
        return SessionCopy.<SessionCopy>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("session", id));
    }

    @WithSession
    public Uni<SessionView> get(UUID id) {
        return find(id).map(SessionView::of);
    }

    /** Whether the organisation has a confirmed registration for the session. */
    public Uni<Boolean> isEligible(UUID sessionId, String organisationId) {
        return RegistrationCopy.count(
                        "sessionId = ?1 and organisationId = ?2 and status = ?3",
                        sessionId,
                        organisationId,
                        RegistrationCopy.CONFIRMED)
                .map(count -> count > 0);
    }

    /** Whether the organisation's accreditation to the body is suspended, as this service's copy knows it. */
    public Uni<Boolean> isSuspended(String organisationId, String bodyId) {
        return AccreditationCopy.<AccreditationCopy>findById(new AccreditationCopy.Key(organisationId, bodyId))
                .map(accreditation -> accreditation != null && accreditation.suspended());
    }

    /** How many live seats (pending or confirmed registrations) the organisation holds in the session. */
    public Uni<Long> liveSeats(UUID sessionId, String organisationId) {
        return RegistrationCopy.count(
                "sessionId = ?1 and organisationId = ?2 and status in ?3",
                sessionId,
                organisationId,
                RegistrationCopy.LIVE);
    }

    /** The organisations, among these, that have a confirmed registration for the session. */
    public Uni<Set<String>> eligibleAmong(UUID sessionId, Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return RegistrationCopy.<RegistrationCopy>list(
                        "sessionId = ?1 and organisationId in ?2 and status = ?3",
                        sessionId,
                        List.copyOf(organisationIds),
                        RegistrationCopy.CONFIRMED)
                .map(rows -> {
                    Set<String> eligible = new HashSet<>();
                    rows.forEach(row -> eligible.add(row.organisationId));
                    return eligible;
                });
    }

    /** Whether an organisation may propose side events for the session: the secretariat, or the organisation. */
    @WithSession
    public Uni<EligibilityView> eligibility(UUID sessionId, String organisationId) {
        caller.requireOwnOrSecretariat(organisationId);
        return find(sessionId)
                .chain(session -> RegistrationCopy.count(
                                "sessionId = ?1 and organisationId = ?2 and status = ?3",
                                sessionId,
                                organisationId,
                                RegistrationCopy.CONFIRMED)
                        .chain(confirmed -> isSuspended(organisationId, session.bodyId)
                                .map(suspended -> new EligibilityView(
                                        sessionId,
                                        organisationId,
                                        confirmed > 0 && !suspended,
                                        confirmed,
                                        suspended))));
    }

    /**
     * Sets the session's side-event policy: how many approved side events one organisation may have in the session,
     * and whether it meets on weekends (null: unchanged). Lowering it below what an
     * organisation already has is refused (and the database refuses it too: the limit reaches every approved
     * proposal through a cascading foreign key, and each must keep its place within it). An organisation's places
     * are always 1 to n: an approved event leaves its place only when a lost registration cancels all of them.
     */
    @WithTransaction
    public Uni<SessionView> setPolicy(UUID id, int eventsPerOrganiser, Boolean meetsOnWeekends, Actor actor) {
        return SessionCopy.<SessionCopy>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> RuleViolation.notFound("session", id))
                .chain(session -> {
                    int previous = session.eventsPerOrganiser;
                    boolean previousWeekends = session.meetsOnWeekends;
                    boolean weekends = meetsOnWeekends == null ? previousWeekends : meetsOnWeekends;
                    if (previous == eventsPerOrganiser && previousWeekends == weekends) {
                        return Uni.createFrom().item(SessionView.of(session));
                    }
                    return Panache.getSession()
                            .chain(s -> s.createNativeQuery(MOST_APPROVED, Long.class)
                                    .setParameter("session", id)
                                    .getSingleResult())
                            .chain(most -> {
                                if (most > eventsPerOrganiser) {
                                    throw limitBelowApproved(eventsPerOrganiser, most);
                                }
                                session.eventsPerOrganiser = eventsPerOrganiser;
                                session.meetsOnWeekends = weekends;
                                return Panache.flush();
                            })
                            .onFailure()
                            .transform(e -> DatabaseRules.violatedConstraint(e)
                                    .filter("proposal_within_organiser_limit"::equals)
                                    .<Throwable>map(c -> limitBelowApproved(eventsPerOrganiser, null))
                                    .orElse(e))
                            .chain(() -> outbox.record(
                                    SideEventEvents.VENUE_TOPIC,
                                    "session",
                                    id.toString(),
                                    id.toString(),
                                    SideEventEvents.POLICY_UPDATED,
                                    new PolicyEvent(
                                            id, eventsPerOrganiser, previous, weekends, previousWeekends, actor)))
                            .map(stored -> SessionView.of(session));
                });
    }

    private static RuleViolation limitBelowApproved(int asked, Long most) {
        RuleViolation violation = RuleViolation.conflict(
                "limit-below-approved",
                "Organisers already have more approved events",
                "An organisation already has more approved side events in this session than " + asked
                        + "; cancel or reject some first.");
        if (most != null) {
            violation.with("mostApprovedForOneOrganiser", most);
        }
        return violation.with("eventsPerOrganiser", asked);
    }

    /** The data of a policy event: the session's policy after and before the change, and who changed it. */
    record PolicyEvent(
            UUID sessionId,
            int eventsPerOrganiser,
            int previousEventsPerOrganiser,
            boolean meetsOnWeekends,
            boolean previousMeetsOnWeekends,
            Actor actor) {}
}
