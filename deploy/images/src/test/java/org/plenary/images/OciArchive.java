package org.plenary.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * An OCI image archive ({@code oci-archive:} as buildah writes it): its index, the one manifest it names, the
 * image configuration and the layers, read without a container engine.
 */
final class OciArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Index, manifest and configuration are small; layers are read from the archive when needed. */
    private static final long SMALL = 1 << 20;

    private final Path archive;
    private final Map<String, byte[]> small;
    private final Map<String, Object> manifest;
    private final Map<String, Object> config;

    private OciArchive(Path archive, Map<String, byte[]> small) throws IOException {
        this.archive = archive;
        this.small = small;
        Map<String, Object> index = json(small.get("index.json"), "index.json");
        List<Map<String, Object>> manifests = list(index.get("manifests"));
        assertThat(manifests).as(archive + ": manifests in index.json").hasSize(1);
        this.manifest = json(blob(digest(manifests.get(0))), "the manifest");
        this.config = ImagesIT.mapOf(json(blob(digest(ImagesIT.mapOf(manifest.get("config")))), "the configuration")
                .get("config"));
    }

    static OciArchive open(Path archive) throws IOException {
        assertThat(archive)
                .as("the image archive (deploy/images/build writes it)")
                .isRegularFile();
        Map<String, byte[]> small = new LinkedHashMap<>();
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile() && entry.getSize() < SMALL) {
                    small.put(normalise(entry.getName()), tar.readAllBytes());
                }
            }
        }
        return new OciArchive(archive, small);
    }

    /** The image configuration's {@code config}: User, Entrypoint, Env, ExposedPorts, Labels, WorkingDir. */
    Map<String, Object> config() {
        return config;
    }

    List<String> entrypoint() {
        List<String> command = new ArrayList<>();
        for (Object part : values(config.get("Entrypoint"))) {
            command.add(String.valueOf(part));
        }
        for (Object part : values(config.get("Cmd"))) {
            command.add(String.valueOf(part));
        }
        return command;
    }

    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        if (config.get("Env") != null) {
            for (Object pair : values(config.get("Env"))) {
                String text = String.valueOf(pair);
                int equals = text.indexOf('=');
                env.put(text.substring(0, equals), text.substring(equals + 1));
            }
        }
        return env;
    }

    List<String> layers() {
        List<String> digests = new ArrayList<>();
        for (Object layer : values(manifest.get("layers"))) {
            digests.add(digest(ImagesIT.mapOf(layer)));
        }
        return digests;
    }

    /** The paths in one layer (0 is the base), without a leading "./" or "/". */
    List<String> layerEntries(int layer) throws IOException {
        List<String> names = new ArrayList<>();
        String wanted = blobPath(layers().get(layer));
        try (TarArchiveInputStream outer =
                new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
            for (TarArchiveEntry entry = outer.getNextEntry(); entry != null; entry = outer.getNextEntry()) {
                if (!normalise(entry.getName()).equals(wanted)) {
                    continue;
                }
                try (TarArchiveInputStream inner = new TarArchiveInputStream(decompressed(outer))) {
                    for (TarArchiveEntry file = inner.getNextEntry(); file != null; file = inner.getNextEntry()) {
                        String name = normalise(file.getName());
                        if (!name.isEmpty()) {
                            names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                        }
                    }
                }
                return names;
            }
        }
        throw new AssertionError(archive + " has no blob " + wanted);
    }

    /**
     * Unpacks every layer, in order, into {@code root} with the system's tar (owners, modes and links as the image
     * has them).
     */
    void unpackInto(Path root) throws IOException, InterruptedException {
        Path blobs = root.resolveSibling(root.getFileName() + ".archive");
        Files.createDirectories(blobs);
        Files.createDirectories(root);
        ImagesIT.run("tar", "-xf", archive.toString(), "-C", blobs.toString());
        for (String layer : layers()) {
            ImagesIT.run(
                    "tar",
                    "--numeric-owner",
                    "-xpf",
                    blobs.resolve(blobPath(layer)).toString(),
                    "-C",
                    root.toString());
        }
        ImagesIT.run("rm", "-rf", blobs.toString());
    }

    private static InputStream decompressed(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in);
        try {
            return new CompressorStreamFactory().createCompressorInputStream(buffered);
        } catch (CompressorException notCompressed) {
            return buffered;
        }
    }

    private byte[] blob(String digest) {
        byte[] bytes = small.get(blobPath(digest));
        assertThat(bytes).as(archive + ": blob " + digest).isNotNull();
        return bytes;
    }

    private static String blobPath(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private static String digest(Map<String, Object> descriptor) {
        return String.valueOf(descriptor.get("digest"));
    }

    private static String normalise(String name) {
        String n = name;
        while (n.startsWith("./") || n.startsWith("/")) {
            n = n.substring(n.startsWith("./") ? 2 : 1);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(byte[] bytes, String what) throws IOException {
        assertThat(bytes).as(what).isNotNull();
        return JSON.readValue(bytes, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> values(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
