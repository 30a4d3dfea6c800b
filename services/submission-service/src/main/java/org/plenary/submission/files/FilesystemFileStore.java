package org.plenary.submission.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keeps files under {@code submission.files.directory}, each under a random key, written atomically. */
@ApplicationScoped
public class FilesystemFileStore implements FileStore {

    private final Path directory;

    public FilesystemFileStore(@ConfigProperty(name = "submission.files.directory") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store(Path upload) throws IOException {
        Files.createDirectories(directory);
        String key = UUID.randomUUID().toString();
        Path partial = directory.resolve(key + ".partial");
        Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public Path read(String key) throws IOException {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new NoSuchFileException(key);
        }
        Path file = directory.resolve(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(key);
        }
        return file;
    }
}
