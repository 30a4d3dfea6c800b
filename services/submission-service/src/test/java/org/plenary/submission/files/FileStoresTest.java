package org.plenary.submission.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two stores keep the same promises: the filesystem store in a directory, the S3 store against the local
 * S3-compatible server ({@code deploy/local/plenary infra} starts S3Proxy on port 8333).
 */
class FileStoresTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("filesystem", new FilesystemFileStore(temp.resolve("files"))),
                Arguments.of("s3", new S3FileStore(LocalS3.bucket("plenary-store-test", temp.resolve("s3-cache")))));
    }

    private static Path upload(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(temp, "upload", ".pdf");
        Files.write(file, bytes);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aStoredFileReadsBackWholeUnderANewKeyAndIsListedWithItsTime(String name, FileStore store) throws IOException {
        byte[] bytes = ("%PDF-1.7 " + UUID.randomUUID()).getBytes();
        Instant before = Instant.now().minusSeconds(5);
        String key = store.store(upload(bytes));
        String other = store.store(upload(bytes));

        assertThat(FileStore.isKey(key)).isTrue();
        assertThat(other).isNotEqualTo(key);
        assertThat(Files.readAllBytes(store.read(key))).isEqualTo(bytes);
        assertThat(Files.readAllBytes(store.read(key))).as("read twice").isEqualTo(bytes);
        assertThat(store.list())
                .filteredOn(f -> f.key().equals(key))
                .singleElement()
                .satisfies(f -> assertThat(f.storedAt())
                        .isAfter(before)
                        .isBefore(Instant.now().plusSeconds(5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aDeletedFileIsGoneFromReadsAndTheListAndDeletingTwiceIsNoError(String name, FileStore store)
            throws IOException {
        String key = store.store(upload("%PDF-1.7 to delete".getBytes()));
        store.delete(key);
        store.delete(key);

        assertThatThrownBy(() -> store.read(key)).isInstanceOf(NoSuchFileException.class);
        assertThat(store.list()).extracting(FileStore.StoredFile::key).doesNotContain(key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aKeyThatWasNeverStoredOrIsNoKeyIsNotFound(String name, FileStore store) {
        assertThatThrownBy(() -> store.read(UUID.randomUUID().toString())).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
    }
}
