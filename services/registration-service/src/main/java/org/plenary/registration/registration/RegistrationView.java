package org.plenary.registration.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A registration as the secretariat and its organisation see it. A waiting registration has its rank on the
 * session's waiting list and among its organisation's waiting delegates (1, 2, 3, ...).
 */
public record RegistrationView(
        UUID id,
        UUID sessionId,
        String organisationId,
        RegistrationRequests.Delegate delegate,
        Registration.Status status,
        boolean late,
        Integer waitlistRank,
        Integer organisationWaitlistRank,
        Instant registeredAt,
        String reason,
        List<String> meetingParts) {

    public static RegistrationView of(Registration r, Map<UUID, RegistrationQueries.Rank> ranks) {
        RegistrationQueries.Rank rank = ranks.get(r.id);
        return new RegistrationView(
                r.id,
                r.sessionId,
                r.organisationId,
                new RegistrationRequests.Delegate(
                        r.delegateName, r.delegateEmail, r.delegateFunction, r.headOfDelegation),
                r.status,
                r.late,
                rank == null ? null : rank.inSession(),
                rank == null ? null : rank.inOrganisation(),
                r.registeredAt,
                r.reason,
                r.meetingParts());
    }
}
