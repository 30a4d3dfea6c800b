package org.plenary.submission.files;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where the submission service keeps files, how much it takes, and how it keeps files and rows in step. */
@ConfigMapping(prefix = "submission.files")
public interface FilesConfig {

    /** Which store keeps the files: {@code filesystem} (the default) or {@code s3}. */
    @WithDefault("filesystem")
    Store store();

    /** The filesystem store's directory. */
    @WithDefault("data/submissions")
    Path directory();

    /** The largest file taken, in bytes. */
    @WithDefault("10485760")
    long maxBytes();

    /**
     * The storage one organisation may fill in one session, in bytes, counting every version of every submission it
     * filed there (withdrawn and declined ones too: their files are kept). A file that would pass it is refused with
     * {@code storage-limit-reached}.
     */
    @WithDefault("104857600")
    long organisationSessionLimitBytes();

    /**
     * How old a stored file without a row must be before the sweep removes it. A file is stored before the
     * transaction that records it, so a younger one may be a filing still under way.
     */
    @WithDefault("PT15M")
    Duration orphanAge();

    /** How often the sweep runs (it also runs once at start-up), as a Quarkus scheduler interval. */
    @WithDefault("10m")
    String sweepEvery();

    /** The S3 store, when {@link #store()} is {@code s3}. */
    S3 s3();

    /** The stores. */
    enum Store {
        FILESYSTEM,
        S3
    }

    /** An S3-compatible object store. */
    interface S3 {

        /** The store's address, for a store other than AWS (e.g. {@code https://s3.example.org}); AWS when absent. */
        Optional<String> endpoint();

        /** The bucket the files go in. */
        @WithDefault("plenary-submissions")
        String bucket();

        /** The region (any value for most S3-compatible stores). */
        @WithDefault("us-east-1")
        String region();

        /** Path-style addresses ({@code endpoint/bucket/key}), which most S3-compatible stores want. */
        @WithDefault("true")
        boolean pathStyle();

        /** The access key; with the secret key, else the SDK's default chain (environment, web identity, ...). */
        Optional<String> accessKeyId();

        /** The secret key, from a Secret: never in a ConfigMap. */
        Optional<String> secretAccessKey();

        /** Creates the bucket at start-up when it is missing (local runs and tests; a cluster provisions it). */
        @WithDefault("false")
        boolean createBucket();

        /** Where read files are cached locally before they are served. */
        @WithDefault("data/s3-cache")
        Path cacheDirectory();
    }
}
