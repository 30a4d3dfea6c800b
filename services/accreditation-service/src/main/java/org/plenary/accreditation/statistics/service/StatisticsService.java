package org.plenary.accreditation.statistics.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.accreditation.application.domain.ApplicationStatus;
import org.plenary.accreditation.body.service.BodyService;
import org.plenary.accreditation.statistics.BodyStatistics;

/** The figures of a body's accreditation procedure, read from its applications, their history and objections. */
@ApplicationScoped
public class StatisticsService {

    private static final String BY_STATUS =
            "select a.status, count(a) from Application a where a.bodyId = :body group by a.status";
    private static final String DECISIONS = "select a.submittedAt, min(t.at) from Application a"
            + " join Transition t on t.applicationId = a.id"
            + " where a.bodyId = :body and t.toStatus in :decided group by a.id, a.submittedAt";
    private static final String OBJECTIONS = "select o.applicationId, o.stateCode, o.reason"
            + " from Objection o join Application a on a.id = o.applicationId"
            + " where a.bodyId = :body order by o.at, o.id";

    private final BodyService bodies;

    public StatisticsService(BodyService bodies) {
        this.bodies = bodies;
    }

    @WithSession
    public Uni<BodyStatistics> of(String bodyId) {
        return bodies.find(bodyId)
                .chain(body -> Panache.getSession()
                        .chain(session -> session.createSelectionQuery(BY_STATUS, Object[].class)
                                .setParameter("body", bodyId)
                                .getResultList()
                                .chain(statuses -> session.createSelectionQuery(DECISIONS, Object[].class)
                                        .setParameter("body", bodyId)
                                        .setParameter(
                                                "decided",
                                                List.of(ApplicationStatus.ACCREDITED, ApplicationStatus.REJECTED))
                                        .getResultList()
                                        .chain(decisions -> session.createSelectionQuery(OBJECTIONS, Object[].class)
                                                .setParameter("body", bodyId)
                                                .getResultList()
                                                .map(objections -> {
                                                    Map<ApplicationStatus, Long> byStatus =
                                                            new EnumMap<>(ApplicationStatus.class);
                                                    statuses.forEach(row ->
                                                            byStatus.put((ApplicationStatus) row[0], (Long) row[1]));
                                                    return BodyStatistics.of(
                                                            bodyId,
                                                            body.objectionDisclosure,
                                                            byStatus,
                                                            decisions.stream()
                                                                    .map(row -> new BodyStatistics.Decision(
                                                                            (Instant) row[0], (Instant) row[1]))
                                                                    .toList(),
                                                            objections.stream()
                                                                    .map(row -> new BodyStatistics.Objection(
                                                                            (UUID) row[0], (String) row[1], (String)
                                                                                    row[2]))
                                                                    .toList());
                                                })))));
    }
}
