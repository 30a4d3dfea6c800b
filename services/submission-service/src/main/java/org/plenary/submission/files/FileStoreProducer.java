package org.plenary.submission.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** The store {@code submission.files.store} names. */
@ApplicationScoped
public class FileStoreProducer {

    @Produces
    @ApplicationScoped
    FileStore fileStore(FilesConfig config) {
        return switch (config.store()) {
            case FILESYSTEM -> new FilesystemFileStore(config.directory());
            case S3 -> new S3FileStore(config.s3());
        };
    }

    void close(@Disposes FileStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
