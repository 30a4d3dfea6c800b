package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.submission.files.FileStore;

/** An organisation may fill only so much storage in a session, every version counted, even when filing at once. */
@QuarkusTest
@TestProfile(StorageLimitTest.TwentyKilobytes.class)
class StorageLimitTest extends ClockedTest {

    static final long LIMIT = 20_000;

    public static class TwentyKilobytes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("submission.files.organisation-session-limit-bytes", Long.toString(LIMIT));
        }
    }

    @Inject
    FileStore store;

    private static int size(String organisation, String id) {
        return org.plenary.testing.Requests.as(org.plenary.testing.Tokens.organisation(organisation))
                .get("/submissions/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("file.sizeBytes");
    }

    @Test
    void theFileThatWouldPassTheLimitIsRefusedNamingItAndOthersStillFile() {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        byte[] pdf = Fixtures.pdf(200);
        long used = 0;
        // The probe that made the organisation known counts too: fill up to the limit, version by version.
        String first = Fixtures.submit(setup.organisation(), setup.session(), pdf, "first.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        int each = size(setup.organisation(), first);
        int taken = 1;
        while (true) {
            var answer = Fixtures.submit(setup.organisation(), setup.session(), pdf, "more.pdf");
            int status = answer.extract().statusCode();
            if (status != 201) {
                answer.statusCode(409)
                        .contentType("application/problem+json")
                        .body("rule", equalTo("storage-limit-reached"))
                        .body("limitBytes", equalTo((int) LIMIT))
                        .body("fileBytes", equalTo(each));
                used = ((Number) answer.extract().path("usedBytes")).longValue();
                break;
            }
            taken++;
            assertThat(taken).as("files taken before the limit").isLessThan(100);
        }
        assertThat(used + each).isGreaterThan(LIMIT);
        assertThat(used).isLessThanOrEqualTo(LIMIT);
        // A replacement is a version too.
        Fixtures.replace(setup.organisation(), first, pdf)
                .statusCode(409)
                .body("rule", equalTo("storage-limit-reached"));

        String other = Fixtures.newOrganisationId();
        Fixtures.accreditation(other, setup.body(), "ACCREDITED");
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> Fixtures.submit(other, setup.session(), pdf, "other.pdf")
                        .statusCode(201));
    }

    @Test
    void filingsAtOnceNeverPassTheLimitTogetherAndLeaveNoFileBehind() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        byte[] pdf = Fixtures.pdf(200);
        int before = store.list().size();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> Fixtures.submit(setup.organisation(), setup.session(), pdf, "rush.pdf")
                        .extract()
                        .statusCode()));
            }
            int accepted = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(201, 409);
                accepted += status == 201 ? 1 : 0;
            }
            long used = org.plenary.testing.Requests.as(org.plenary.testing.Tokens.organisation(setup.organisation()))
                    .queryParam("sessionId", setup.session())
                    .queryParam("size", 100)
                    .get("/submissions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<List<Integer>>path("items.file.sizeBytes")
                    .stream()
                    .mapToLong(Integer::longValue)
                    .sum();
            assertThat(used).isLessThanOrEqualTo(LIMIT).isGreaterThan(LIMIT - pdf.length * 2L);
            assertThat(accepted).isGreaterThan(0);
            // Every refused file that was stored before its transaction was refused has gone again.
            assertThat(store.list().size()).isEqualTo(before + accepted);
        } finally {
            pool.shutdownNow();
        }
    }
}
