package org.plenary.submission.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where submitted files live: the filesystem ({@link FilesystemFileStore}, the default) or an S3-compatible object
 * store ({@link S3FileStore}), as {@code submission.files.store} says. Keys are random and a stored file never
 * changes. Every method blocks: call them off the event loop.
 */
public interface FileStore {

    /** Keeps the uploaded file (copied as a stream, never read whole into memory) and returns its new key. */
    String store(Path upload) throws IOException;

    /**
     * A local path to read the stored file from (the object store fetches it once into a local cache).
     *
     * @throws java.nio.file.NoSuchFileException when no file has that key
     */
    Path read(String key) throws IOException;

    /** Removes the file; a key that is not there is no error. */
    void delete(String key) throws IOException;

    /** Every stored file, with the instant it was stored: what the sweep compares with the rows. */
    List<StoredFile> list() throws IOException;

    /** A file in the store. */
    record StoredFile(String key, Instant storedAt) {}

    /** Whether {@code key} has the shape of the keys {@link #store} makes (a random UUID). */
    static boolean isKey(String key) {
        return key != null && key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
