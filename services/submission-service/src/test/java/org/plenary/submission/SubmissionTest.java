package org.plenary.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

@QuarkusTest
class SubmissionTest extends ClockedTest {

    private Setup eligible(Integer wordLimit) {
        return Fixtures.eligible(clock, wordLimit, Fixtures.DEADLINE, false);
    }

    @Test
    void aDownloadReturnsTheBytesUploadedWithTheirChecksumAndTheEventValidates() throws Exception {
        Setup setup = eligible(2000);
        byte[] pdf = Fixtures.pdf(120);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String id;
        try (KafkaEvents events = KafkaEvents.follow(SubmissionEvents.SUBMISSIONS_TOPIC)) {
            id = Fixtures.submit(setup.organisation(), setup.session(), pdf, "../../etc/Rule 17 (draft).pdf")
                    .statusCode(201)
                    .body("status", equalTo("SUBMITTED"))
                    .body("file.sha256", equalTo(sha))
                    .body("file.sizeBytes", equalTo(pdf.length))
                    .body("file.wordCount", equalTo(120))
                    .extract()
                    .path("id");
            KafkaEvents.Event submitted = events.awaitType(SubmissionEvents.SUBMITTED, id);
            assertThat(EventSchemas.validate(submitted.body())).isEmpty();
        }
        byte[] downloaded = as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/file", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Checksum-SHA256", sha)
                .header("Content-Disposition", "attachment; filename=\"Rule_17__draft_.pdf\"")
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        given().get("/submissions/{id}/file", id).then().statusCode(401);
        given().get("/submissions/published/{id}/file", id).then().statusCode(404);
    }

    @Test
    void aFileThatClaimsToBeAPdfButIsNotIsRefused() {
        Setup setup = eligible(null);
        Fixtures.submit(setup.organisation(), setup.session(), "<html>not a pdf</html>".getBytes(), "statement.pdf")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("rule", equalTo("wrong-type"));
    }

    @Test
    void aFileOneByteOverTheLimitAndAnEmptyFileAreRefused() {
        Setup setup = eligible(null);
        byte[] tooLarge = new byte[65536 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, tooLarge, 0, 8);
        Fixtures.submit(setup.organisation(), setup.session(), tooLarge, "large.pdf")
                .statusCode(413)
                .body("rule", equalTo("file-too-large"))
                .body("limitBytes", equalTo(65536));
        Fixtures.submit(setup.organisation(), setup.session(), new byte[0], "empty.pdf")
                .statusCode(400)
                .body("rule", equalTo("empty-file"));
    }

    @Test
    void aSubmissionOverTheSessionsWordLimitIsRefusedWithTheCount() {
        Setup setup = eligible(50);
        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(50), "fits.pdf")
                .statusCode(201);
        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(60), "long.pdf")
                .statusCode(422)
                .body("rule", equalTo("too-many-words"))
                .body("wordCount", equalTo(60))
                .body("wordLimit", equalTo(50));
    }

    @Test
    void theDeadlineHoldsToTheSecondInViennaTime() {
        Setup setup = eligible(null);
        clock.set(Fixtures.DEADLINE.minusSeconds(1));
        String inTime = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "in-time.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        clock.set(Fixtures.DEADLINE.plusSeconds(1));
        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "late.pdf")
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadlineVenue", equalTo("2026-01-19T23:59:59+01:00"));
        as(Tokens.organisation(setup.organisation()))
                .multiPart("file", "late-replacement.pdf", Fixtures.pdf(12), "application/pdf")
                .put("/submissions/{id}/file", inTime)
                .then()
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"));
        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/versions", inTime)
                .then()
                .body("fileName", org.hamcrest.Matchers.contains("in-time.pdf"));
    }

    @Test
    void withoutASubmissionDeadlineSubmissionsCloseAtTheEndOfTheSessionsLastDayInViennaTime() {
        Setup setup = Fixtures.eligible(clock, null, null, false);
        // The session ends on 30 January 2026: 23:59:59 in Vienna is 22:59:59 UTC.
        clock.set(Instant.parse("2026-01-30T22:59:58Z"));
        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "last-day.pdf")
                .statusCode(201);
        clock.set(Instant.parse("2026-01-30T22:59:59Z"));
        Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "too-late.pdf")
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadline", equalTo("2026-01-30T22:59:59Z"))
                .body("deadlineVenue", equalTo("2026-01-30T23:59:59+01:00"));
    }

    @Test
    void aRevokedAccreditationStopsNewSubmissions() {
        Setup setup = eligible(null);
        Fixtures.accreditation(setup.organisation(), setup.body(), "REVOKED");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), "after.pdf")
                                .statusCode(403)
                                .body("rule", equalTo("not-eligible")));
        Fixtures.submit(Fixtures.newOrganisationId(), setup.session(), Fixtures.pdf(5), "stranger.pdf")
                .statusCode(403)
                .body("rule", equalTo("not-eligible"));
    }

    @Test
    void replacingKeepsVersionsAndPublishedSubmissionsArePublic() {
        Setup setup = eligible(null);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "v1.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.organisation(setup.organisation()))
                .multiPart("file", "v2.pdf", Fixtures.pdf(20), "application/pdf")
                .put("/submissions/{id}/file", id)
                .then()
                .statusCode(200)
                .body("file.version", equalTo(2))
                .body("file.wordCount", equalTo(20));
        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/versions", id)
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(1, 2));
        as(Tokens.organisation(setup.organisation()))
                .queryParam("sessionId", setup.session())
                .get("/submissions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.id == '" + id + "' }.file.version", equalTo(2))
                .body("items.find { it.id == '" + id + "' }.file.fileName", equalTo("v2.pdf"))
                .body("items.find { it.id != '" + id + "' }.file.fileName", equalTo("probe.pdf"));
        given().get("/submissions/{id}", id).then().statusCode(401);
        given().get("/submissions/published/{id}", id).then().statusCode(404);
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .get("/submissions/{id}", id)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));

        as(Tokens.organisation(setup.organisation()))
                .post("/submissions/{id}/publication", id)
                .then()
                .statusCode(403);
        as(Tokens.secretariat())
                .post("/submissions/{id}/publication", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().get("/submissions/published/{id}/file", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        given().get("/submissions/published/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get("/sessions/{id}/published-submissions", setup.session())
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "late"))
                .post("/submissions/{id}/decline", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
    }

    @Test
    void theSecretariatDeclinesWithAReasonAndTheOrganisationMayWithdraw() {
        Setup setup = eligible(null);
        String declined = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "a.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/submissions/{id}/decline", declined)
                .then()
                .statusCode(400);
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Not on the agenda"))
                .post("/submissions/{id}/decline", declined)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("reason", equalTo("Not on the agenda"));
        String withdrawn = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(10), "b.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/submissions/{id}/withdrawal", withdrawn)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void badMetadataNamesTheField() {
        Setup setup = eligible(null);
        as(Tokens.organisation(setup.organisation()))
                .multiPart("title", "x")
                .multiPart("agendaItem", "y")
                .multiPart("language", "de")
                .multiPart("file", "a.pdf", Fixtures.pdf(3), "application/pdf")
                .post("/sessions/{id}/submissions", setup.session())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("language"));
    }
}
