package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.registration.accreditation.Accreditation;
import org.plenary.registration.accreditation.AccreditationProjection;
import org.plenary.registration.accreditation.ProjectionRebuild;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.OnVertx;

@QuarkusTest
class ProjectionRebuildTest {

    @Inject
    ProjectionRebuild rebuild;

    private record Row(String organisation, String body, String status, Instant accreditedAt, Instant updatedAt) {}

    private static List<Row> rows(String body) {
        return OnVertx.await(() -> Panache.withSession(
                        () -> Accreditation.<Accreditation>list("id.bodyId = ?1 order by id.organisationId", body)))
                .stream()
                .map(a -> new Row(a.id.organisationId(), a.id.bodyId(), a.status, a.accreditedAt, a.updatedAt))
                .toList();
    }

    @Test
    void aProjectionRebuiltFromTheTopicEqualsTheOriginal() {
        String body = Fixtures.newBodyId();
        String a = Fixtures.newOrganisationId();
        String b = Fixtures.newOrganisationId();
        String c = Fixtures.newOrganisationId();
        Fixtures.accredit(a, body, Instant.parse("2025-06-01T00:00:00Z"));
        Fixtures.accredit(b, body, Instant.parse("2025-06-02T00:00:00Z"));
        Fixtures.accredit(c, body, Instant.parse("2025-06-03T00:00:00Z"));
        Fixtures.revoke(b, body, Instant.parse("2025-07-01T00:00:00Z"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> rows(body).size() == 3
                        && rows(body).stream()
                                .anyMatch(r ->
                                        r.organisation().equals(b) && r.status().equals("REVOKED")));
        List<Row> original = rows(body);

        OnVertx.await(() -> Panache.withTransaction(() -> Accreditation.delete("id.bodyId", body)
                .chain(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery("delete from processed_event where consumer = :consumer")
                                .setParameter("consumer", AccreditationProjection.CONSUMER)
                                .executeUpdate()))));
        assertThat(rows(body)).isEmpty();

        assertThat(rebuild.rebuild()).isPositive();
        assertThat(rows(body)).isEqualTo(original);
    }

    @Test
    void aPoisonedAccreditationEventGoesToTheDeadLetterTopic() {
        String organisation = Fixtures.newOrganisationId();
        try (KafkaEvents deadLetters = KafkaEvents.follow("registration-service.dead-letter")) {
            KafkaEvents.send("accreditation.application.events", organisation, "{ not json " + organisation);
            KafkaEvents.Event dead = deadLetters.await(e -> e.rawValue().contains(organisation));
            assertThat(dead.headers().get("dead-letter-reason")).contains("not JSON");
        }
    }
}
