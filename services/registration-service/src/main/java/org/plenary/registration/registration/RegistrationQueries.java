package org.plenary.registration.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.registration.registration.Registration.Status;

/** The named queries on registrations, so that the services read as rules. */
public final class RegistrationQueries {

    static final List<Status> SEAT = List.of(Status.PENDING, Status.CONFIRMED);
    static final List<Status> LIVE = List.of(Status.PENDING, Status.CONFIRMED, Status.WAITLISTED);

    private RegistrationQueries() {}

    /** A place on a session's waiting list: 1, 2, 3 in the session, and among the organisation's own. */
    public record Rank(int inSession, int inOrganisation) {}

    /** How many seats (pending or confirmed) the organisation holds in the session. */
    static Uni<Long> organisationSeats(UUID sessionId, String organisationId) {
        return Registration.count(
                "sessionId = ?1 and organisationId = ?2 and status in ?3", sessionId, organisationId, SEAT);
    }

    /** How many seats (pending or confirmed) each of the organisations holds in the session (none: absent). */
    static Uni<Map<String, Long>> organisationSeats(UUID sessionId, Collection<String> organisationIds) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select r.organisationId, count(*) from Registration r where r.sessionId = :session"
                                        + " and r.organisationId in :organisations and r.status in :seat"
                                        + " group by r.organisationId",
                                Object[].class)
                        .setParameter("session", sessionId)
                        .setParameter("organisations", organisationIds)
                        .setParameter("seat", SEAT)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
    }

    /**
     * What a registration decision counts, in one round trip: the seats the organisation holds in the session, the
     * seats taken in the session (the database's count, {@code session_seats}), the live registrations of this
     * delegate in the organisation's delegation (none asked when the email is null), the organisation's nomination
     * letters for the session.
     */
    record Counts(long organisationSeats, long sessionSeats, long duplicates, long letters) {}

    static Uni<Counts> counts(UUID sessionId, String organisationId, String email) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select (select count(*) from registration where session_id = :session"
                                        + " and organisation_id = :organisation and status in ('PENDING', 'CONFIRMED')),"
                                        + " coalesce((select taken from session_seats where session_id = :session), 0),"
                                        + " (select count(*) from registration where session_id = :session"
                                        + " and organisation_id = :organisation and lower(delegate_email) = :email"
                                        + " and status in ('PENDING', 'CONFIRMED', 'WAITLISTED')),"
                                        + " (select count(*) from nomination_letter where session_id = :session"
                                        + " and organisation_id = :organisation)",
                                Object[].class)
                        .setParameter("session", sessionId)
                        .setParameter("organisation", organisationId)
                        .setParameter(
                                "email", email == null ? "" : email.strip().toLowerCase())
                        .getSingleResult())
                .map(row -> new Counts(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        email == null ? 0 : ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()));
    }

    /** How many seats (pending or confirmed) are taken in the session. */
    static Uni<Long> sessionSeats(UUID sessionId) {
        return Registration.count("sessionId = ?1 and status in ?2", sessionId, SEAT);
    }

    /**
     * How many live registrations of the organisation's delegation to the session are of this delegate (other
     * than {@code except}, when given). Only the organisation's own: whom another registered is not its business.
     */
    static Uni<Long> inDelegation(UUID sessionId, String organisationId, String email, UUID except) {
        String query = "sessionId = ?1 and organisationId = ?2 and lower(delegateEmail) = ?3 and status in ?4";
        String delegate = email.strip().toLowerCase();
        return except == null
                ? Registration.count(query, sessionId, organisationId, delegate, LIVE)
                : Registration.count(query + " and id <> ?5", sessionId, organisationId, delegate, LIVE, except);
    }

    /** The sessions' waiting lists, in order. */
    static Uni<List<Registration>> waiting(Collection<UUID> sessionIds) {
        return Registration.list(
                "sessionId in ?1 and status = ?2 order by waitlistPosition", sessionIds, Status.WAITLISTED);
    }

    /** The rank of every waiting registration of the sessions. */
    static Uni<Map<UUID, Rank>> ranks(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return waiting(sessionIds).map(RegistrationQueries::ranks);
    }

    static Map<UUID, Rank> ranks(List<Registration> waiting) {
        Map<UUID, Integer> bySession = new HashMap<>();
        Map<String, Integer> byOrganisation = new HashMap<>();
        Map<UUID, Rank> ranks = new HashMap<>();
        for (Registration r : waiting) {
            int inSession = bySession.merge(r.sessionId, 1, Integer::sum);
            int inOrganisation = byOrganisation.merge(r.sessionId + " " + r.organisationId, 1, Integer::sum);
            ranks.put(r.id, new Rank(inSession, inOrganisation));
        }
        return ranks;
    }
}
