package org.plenary.submission.files;

import java.nio.file.Path;
import java.util.Optional;

/** The local S3-compatible server that {@code deploy/local/plenary infra} starts (S3Proxy, port 8333). */
public final class LocalS3 {

    private LocalS3() {}

    /** The local S3Proxy's bucket, created when missing. */
    public static FilesConfig.S3 bucket(String bucket, Path cache) {
        return new FilesConfig.S3() {
            @Override
            public Optional<String> endpoint() {
                return Optional.of("http://localhost:8333");
            }

            @Override
            public String bucket() {
                return bucket;
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public Optional<String> accessKeyId() {
                return Optional.of("plenary-local");
            }

            @Override
            public Optional<String> secretAccessKey() {
                return Optional.of("plenary-local-only-secret");
            }

            @Override
            public boolean createBucket() {
                return true;
            }

            @Override
            public Path cacheDirectory() {
                return cache;
            }
        };
    }
}
