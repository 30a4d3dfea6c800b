package org.plenary.submission.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps files as objects in one bucket of an S3-compatible store, each under a random key. A read fetches the object
 * once into a local cache directory (objects never change, so a cached copy stays right) and serves it from there.
 * Failures of the store are {@link IOException}s, so the callers treat both stores alike.
 */
public class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final Path cache;

    public S3FileStore(FilesConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(credentials(config))
                // Checksums only where S3 requires them: S3-compatible stores do not all take the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
        this.bucket = config.bucket();
        this.cache = config.cacheDirectory().toAbsolutePath().normalize();
        if (config.createBucket()) {
            createBucketIfMissing();
        }
    }

    private static AwsCredentialsProvider credentials(FilesConfig.S3 config) {
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public String store(Path upload) throws IOException {
        String key = UUID.randomUUID().toString();
        try {
            s3.putObject(
                    p -> p.bucket(bucket).key(key).contentType("application/octet-stream"),
                    RequestBody.fromFile(upload));
        } catch (SdkException e) {
            throw new IOException("the object store did not take the file: " + e.getMessage(), e);
        }
        return key;
    }

    @Override
    public Path read(String key) throws IOException {
        if (!FileStore.isKey(key)) {
            throw new NoSuchFileException(key);
        }
        Path cached = cache.resolve(key);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        Files.createDirectories(cache);
        Path partial = cache.resolve(key + "." + UUID.randomUUID() + ".partial");
        try {
            s3.getObject(g -> g.bucket(bucket).key(key), ResponseTransformer.toFile(partial));
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return cached;
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("the object store did not give the file: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        if (!FileStore.isKey(key)) {
            return;
        }
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("the object store did not remove the file: " + e.getMessage(), e);
        }
        Files.deleteIfExists(cache.resolve(key));
    }

    @Override
    public List<StoredFile> list() throws IOException {
        try {
            return s3.listObjectsV2Paginator(l -> l.bucket(bucket)).contents().stream()
                    .filter(o -> FileStore.isKey(o.key()))
                    .map(o -> new StoredFile(o.key(), o.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw new IOException("the object store did not list its files: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
