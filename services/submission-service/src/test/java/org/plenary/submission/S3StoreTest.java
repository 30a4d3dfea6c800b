package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.submission.files.FileStore;
import org.plenary.submission.files.FileSweep;
import org.plenary.submission.files.LocalS3;
import org.plenary.submission.files.S3FileStore;
import org.plenary.testing.Requests;
import org.plenary.testing.Tokens;

/**
 * The service with its files on S3 ({@code submission.files.store=s3}), against the local S3-compatible server
 * ({@code deploy/local/plenary infra} starts S3Proxy on port 8333): filing, replacing and downloading, and the sweep.
 */
@QuarkusTest
@TestProfile(S3StoreTest.OnS3.class)
class S3StoreTest extends ClockedTest {

    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "submission.files.store", "s3",
                    "submission.files.s3.endpoint", "http://localhost:8333",
                    "submission.files.s3.bucket", "plenary-submissions-test",
                    "submission.files.s3.access-key-id", "plenary-local",
                    "submission.files.s3.secret-access-key", "plenary-local-only-secret",
                    "submission.files.s3.create-bucket", "true",
                    "submission.files.s3.cache-directory", "target/test-s3-cache",
                    // A file without a row is an orphan after five seconds, so that the test need not wait long.
                    "submission.files.orphan-age", "PT5S");
        }
    }

    @Inject
    FileStore store;

    @Inject
    FileSweep sweep;

    @ConfigProperty(name = "submission.files.directory")
    java.nio.file.Path directory;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void filesGoToTheBucketAndComeBackWholeWithTheirChecksumVersionByVersion() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        byte[] pdf = Fixtures.pdf(80);
        String id = Fixtures.submit(setup.organisation(), setup.session(), pdf, "on-s3.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        byte[] replacement = Fixtures.pdf(90);
        Fixtures.replace(setup.organisation(), id, replacement).statusCode(200).body("file.version", equalTo(2));

        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(replacement));
        byte[] downloaded = Requests.as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/file", id)
                .then()
                .statusCode(200)
                .header("X-Checksum-SHA256", sha)
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(replacement);
        // Both versions are objects in the bucket, as another client of the store sees it, and not in the directory.
        List<String> keys = FileSweepTest.fileKeys(jdbcUrl, user, password, UUID.fromString(id));
        assertThat(keys).hasSize(2);
        try (S3FileStore bucket =
                new S3FileStore(LocalS3.bucket("plenary-submissions-test", Files.createTempDirectory("s3-cache")))) {
            assertThat(bucket.list()).extracting(FileStore.StoredFile::key).containsAll(keys);
            for (String key : keys) {
                assertThat(Files.exists(directory.resolve(key))).isFalse();
            }
            assertThat(Files.readAllBytes(bucket.read(keys.get(0)))).isEqualTo(replacement);
        }
    }

    @Test
    void theSweepRemovesAnObjectNoRowNamesAndKeepsTheFiledOnes() throws Exception {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String id = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(30), "kept.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        String orphan = store.store(Files.write(Files.createTempFile("orphan", ".pdf"), Fixtures.pdf(3)));

        assertThat(sweep.sweep().orphansRemoved())
                .as("younger than five seconds")
                .doesNotContain(orphan);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> sweep.sweep().orphansRemoved().contains(orphan));
        assertThat(sweep.sweep().rowsWithoutFile()).isEmpty();
        assertThat(store.list()).extracting(FileStore.StoredFile::key).doesNotContain(orphan);
        Requests.as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/file", id)
                .then()
                .statusCode(200);
    }
}
