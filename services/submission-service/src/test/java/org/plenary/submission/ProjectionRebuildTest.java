package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.submission.session.ProjectionRebuild;
import org.plenary.testing.OnVertx;

/**
 * The copies of sessions, accreditations and bodies' policies can be rebuilt from their topics, equal to what they
 * were.
 */
@QuarkusTest
class ProjectionRebuildTest {

    @Inject
    ProjectionRebuild rebuild;

    private static List<String> texts(String sql) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, String.class).getResultList())));
    }

    private static void execute(String sql) {
        OnVertx.await(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(sql).executeUpdate())));
    }

    private static List<String> copies(String body, String session, String organisation) {
        List<String> rows = new ArrayList<>(
                texts("select row_to_json(s)::text from session_copy s where session_id = '" + session + "'"));
        rows.addAll(texts(
                "select row_to_json(a)::text from accreditation a where organisation_id = '" + organisation + "'"));
        rows.addAll(texts("select row_to_json(p)::text from body_policy p where body_id = '" + body + "'"));
        return rows;
    }

    @Test
    void copiesRebuiltFromTheTopicsEqualTheOriginals() {
        String body = "body-" + UUID.randomUUID().toString().substring(0, 8);
        String session = Fixtures.session(body, 2000);
        String organisation = Fixtures.newOrganisationId();
        Fixtures.accreditation(organisation, body, "ACCREDITED");
        Fixtures.bodyPolicy(body, "defined", "WITHDRAW");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> copies(body, session, organisation).size() == 3);
        List<String> original = copies(body, session, organisation);

        // The copies are lost, and with them the record of what was applied.
        execute("delete from session_copy where session_id = '" + session + "'");
        execute("delete from accreditation where organisation_id = '" + organisation + "'");
        execute("delete from body_policy where body_id = '" + body + "'");
        execute("delete from processed_event where consumer in ('sessions', 'accreditations', 'bodies')");
        assertThat(copies(body, session, organisation)).isEmpty();

        assertThat(rebuild.rebuildSessions()).isPositive();
        assertThat(rebuild.rebuildAccreditations()).isPositive();
        assertThat(rebuild.rebuildBodies()).isPositive();
        assertThat(copies(body, session, organisation)).isEqualTo(original);
    }
}
