package org.plenary.submission.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps files in one directory, each under a random key, written atomically: a file is copied to
 * {@code <key>.partial} and renamed, so a key names a whole file or nothing. A {@code .partial} left by a crash
 * is listed under its key, and the sweep removes it like any other file without a row.
 */
public class FilesystemFileStore implements FileStore {

    private static final String PARTIAL = ".partial";

    private final Path directory;

    public FilesystemFileStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store(Path upload) throws IOException {
        Files.createDirectories(directory);
        String key = UUID.randomUUID().toString();
        Path partial = directory.resolve(key + PARTIAL);
        Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public Path read(String key) throws IOException {
        if (!FileStore.isKey(key)) {
            throw new NoSuchFileException(key);
        }
        Path file = directory.resolve(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(key);
        }
        return file;
    }

    @Override
    public void delete(String key) throws IOException {
        if (FileStore.isKey(key)) {
            Files.deleteIfExists(directory.resolve(key));
            Files.deleteIfExists(directory.resolve(key + PARTIAL));
        }
    }

    @Override
    public List<StoredFile> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<StoredFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                String key = name.endsWith(PARTIAL) ? name.substring(0, name.length() - PARTIAL.length()) : name;
                if (FileStore.isKey(key) && Files.isRegularFile(file)) {
                    try {
                        found.add(new StoredFile(
                                key, Files.getLastModifiedTime(file).toInstant()));
                    } catch (NoSuchFileException gone) {
                        // removed while listing: nothing to sweep
                    }
                }
            }
        }
        return found;
    }
}
