package org.plenary.registration.registration;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
