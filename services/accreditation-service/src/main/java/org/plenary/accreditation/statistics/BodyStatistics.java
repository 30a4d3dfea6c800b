package org.plenary.accreditation.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.body.Body.ObjectionDisclosure;

/**
 * A body's non-objection procedure in figures, for the public transparency page: no organisation is named, no
 * contact detail given; which states objected and why only as far as the body's disclosure policy allows.
 *
 * @param applications         the applications by where they stand now
 * @param objections           objections made
 * @param medianDaysToDecision median days from application to its first accreditation or rejection, to a tenth;
 *                             null when none was decided
 * @param objectionsDisclosed  each objection's state (under STATE_AND_REASON only) and reason; empty under NONE
 */
public record BodyStatistics(
        String bodyId,
        ObjectionDisclosure objectionDisclosure,
        Applications applications,
        long objections,
        Double medianDaysToDecision,
        List<DisclosedObjection> objectionsDisclosed) {

    /**
     * Applications received, and where they stand: accredited (including those since suspended or revoked),
     * rejected, withdrawn, pending (not yet decided); objected: those that at least one state objected to.
     */
    public record Applications(
            long received, long accredited, long rejected, long withdrawn, long pending, long objected) {}

    public record DisclosedObjection(String state, String reason) {}

    /** An objection as stored, for the figures. */
    public record Objection(UUID applicationId, String state, String reason) {}

    /** One decided application: when it was submitted and when it was first accredited or rejected. */
    public record Decision(Instant submittedAt, Instant decidedAt) {}

    private static final Set<ApplicationStatus> ACCREDITED =
            Set.of(ApplicationStatus.ACCREDITED, ApplicationStatus.SUSPENDED, ApplicationStatus.REVOKED);

    public static BodyStatistics of(
            String bodyId,
            ObjectionDisclosure disclosure,
            Map<ApplicationStatus, Long> byStatus,
            Collection<Decision> decisions,
            List<Objection> objections) {
        long received = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long accredited =
                ACCREDITED.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        long rejected = byStatus.getOrDefault(ApplicationStatus.REJECTED, 0L);
        long withdrawn = byStatus.getOrDefault(ApplicationStatus.WITHDRAWN, 0L);
        long objected =
                objections.stream().map(Objection::applicationId).distinct().count();
        List<DisclosedObjection> disclosed = disclosure == ObjectionDisclosure.NONE
                ? List.of()
                : objections.stream()
                        .map(o -> new DisclosedObjection(
                                disclosure == ObjectionDisclosure.STATE_AND_REASON ? o.state() : null, o.reason()))
                        .toList();
        return new BodyStatistics(
                bodyId,
                disclosure,
                new Applications(
                        received,
                        accredited,
                        rejected,
                        withdrawn,
                        received - accredited - rejected - withdrawn,
                        objected),
                objections.size(),
                medianDays(decisions),
                disclosed);
    }

    /** The median of the decisions' durations in days, to a tenth of a day; null for none. */
    static Double medianDays(Collection<Decision> decisions) {
        if (decisions.isEmpty()) {
            return null;
        }
        List<Double> days = new ArrayList<>();
        for (Decision d : decisions) {
            days.add(Duration.between(d.submittedAt(), d.decidedAt()).getSeconds() / 86_400.0);
        }
        Collections.sort(days);
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
