package org.plenary.submission.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where submitted files live. The filesystem store is the default; in a cluster an S3-compatible store
 * can take its place by implementing this interface. Both methods block: call them off the event loop.
 */
public interface FileStore {

    /** Keeps the uploaded file (moved or copied, never read whole into memory) and returns its key. */
    String store(Path upload) throws IOException;

    /** A local path to read the stored file from (an object store would fetch it to a local cache). */
    Path read(String key) throws IOException;
}
