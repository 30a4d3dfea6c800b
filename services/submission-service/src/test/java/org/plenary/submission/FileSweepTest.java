package org.plenary.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.submission.files.FileStore;
import org.plenary.submission.files.FileSweep;
import org.plenary.testing.Management;

/** No file without a row, no row without a file: the sweep, and a filing whose transaction fails. */
@QuarkusTest
class FileSweepTest extends ClockedTest {

    @Inject
    FileSweep sweep;

    @Inject
    FileStore store;

    @ConfigProperty(name = "submission.files.directory")
    Path directory;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private Set<String> storedKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        store.list().forEach(f -> keys.add(f.key()));
        return keys;
    }

    /** A file a crash left between storing it and committing its row: no row names it. */
    private String leftByACrash(Duration age) throws Exception {
        String key = store.store(Files.write(Files.createTempFile("crash", ".pdf"), Fixtures.pdf(5)));
        Files.setLastModifiedTime(
                directory.resolve(key), FileTime.from(Instant.now().minus(age)));
        return key;
    }

    @Test
    void aFileWithoutARowIsRemovedOnceOldEnoughAndFiledFilesAndYoungOnesAreKept() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(40), "kept.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        String old = leftByACrash(Duration.ofHours(1));
        String young = leftByACrash(Duration.ofMinutes(1));

        FileSweep.Report report = sweep.sweep();

        assertThat(report.orphansRemoved()).contains(old).doesNotContain(young);
        assertThat(report.rowsWithoutFile()).isEmpty();
        assertThat(storedKeys()).doesNotContain(old).contains(young);
        org.plenary.testing.Requests.as(org.plenary.testing.Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/file", id)
                .then()
                .statusCode(200);
        store.delete(young);
    }

    @Test
    void aRowWhoseFileTheStoreLostIsReportedAndTheWellnessCheckIsDownUntilItIsBack() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(40), "lost.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        String key = fileKey(UUID.fromString(id));
        Path file = directory.resolve(key);
        Path aside = Files.createTempFile("aside", ".pdf");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertThat(sweep.sweep().rowsWithoutFile()).containsExactly(key);
            Management.given()
                    .get("/q/health/well")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'Submission files' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Submission files' }.data.rowsWithoutFile", equalTo(1));
        } finally {
            Files.move(aside, file);
        }
        assertThat(sweep.sweep().rowsWithoutFile()).isEmpty();
        Management.given()
                .get("/q/health/well")
                .then()
                .body("checks.find { it.name == 'Submission files' }.status", equalTo("UP"));
        Management.given()
                .get("/q/metrics")
                .then()
                .body(org.hamcrest.Matchers.containsString("plenary_files_missing 0.0"));
    }

    @Test
    void aFilingWhoseTransactionFailsLeavesNoFileBehind() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        Set<String> before = storedKeys();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement sql = db.createStatement()) {
            // The database refuses the version row of this one file name, after the file is stored.
            sql.execute("create or replace function refuse_test_version() returns trigger language plpgsql as $$"
                    + " begin if new.file_name = 'refused-by-the-database.pdf' then"
                    + " raise exception 'refused for the test' using errcode = '23514'; end if; return new; end $$");
            sql.execute("create trigger refuse_test_version before insert on submission_version"
                    + " for each row execute function refuse_test_version()");
            try {
                Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(40), "refused-by-the-database.pdf")
                        .statusCode(not(equalTo(201)));
            } finally {
                sql.execute("drop trigger refuse_test_version on submission_version");
                sql.execute("drop function refuse_test_version()");
            }
        }
        assertThat(storedKeys()).isEqualTo(before);
        given().get("/sessions/{id}/published-submissions", setup.session())
                .then()
                .statusCode(200);
    }

    private String fileKey(UUID submission) throws Exception {
        return fileKeys(jdbcUrl, user, password, submission).get(0);
    }

    /** The store keys of a submission's versions, newest first, read from its table. */
    static List<String> fileKeys(String jdbcUrl, String user, String password, UUID submission) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                var query = db.prepareStatement(
                        "select file_key from submission_version where submission_id = ? order by number desc")) {
            query.setObject(1, submission);
            try (var rows = query.executeQuery()) {
                List<String> keys = new java.util.ArrayList<>();
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
                return keys;
            }
        }
    }
}
