package org.plenary.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders an overlay with {@code kubectl kustomize} (or a standalone {@code kustomize build}), the way it would be
 * applied.
 *
 * <p>It renders a copy of k8s/: the small overlay generates Secrets from files that are never committed
 * (k8s/overlays/small/secrets/), so the copy leaves out every secrets/ directory and puts a placeholder where a
 * generator expects a file. The rendering then does not depend on what a developer has made locally, and no
 * real password is read.
 */
public final class Kustomize {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {}

    /** The overlays under k8s/overlays, by directory name. */
    public static List<String> overlays(Path root) {
        try (Stream<Path> dirs = Files.list(root.resolve("k8s/overlays"))) {
            return dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(Path root, String overlay) {
        Path work = null;
        try {
            work = Files.createTempDirectory("plenary-k8s-");
            Path k8s = work.resolve("k8s");
            copy(root.resolve("k8s"), k8s);
            placeholders(k8s);
            return run(k8s.resolve("overlays").resolve(overlay), work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path relative = from.relativize(source);
                boolean secret = false;
                for (Path part : relative) {
                    secret |= part.toString().equals("secrets");
                }
                if (secret) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Writes a placeholder for every file a secretGenerator or configMapGenerator names and the copy lacks. */
    private static void placeholders(Path k8s) throws IOException {
        List<Path> kustomizations;
        try (Stream<Path> paths = Files.walk(k8s)) {
            kustomizations = paths.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
        }
        for (Path kustomization : kustomizations) {
            Object document = YAML.readValue(kustomization.toFile(), Object.class);
            for (String generator : List.of("secretGenerator", "configMapGenerator")) {
                for (Object entry : Yaml.list(document, generator)) {
                    for (Object file : Yaml.list(entry, "files")) {
                        String spec = file.toString();
                        String path = spec.contains("=") ? spec.substring(spec.indexOf('=') + 1) : spec;
                        placeholder(kustomization.getParent().resolve(path), "placeholder\n");
                    }
                    for (Object env : Yaml.list(entry, "envs")) {
                        placeholder(kustomization.getParent().resolve(env.toString()), "PLACEHOLDER=placeholder\n");
                    }
                }
            }
        }
    }

    private static void placeholder(Path file, String content) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }
    }

    private static String run(Path overlay, Path work) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        commands.add(List.of(kubectl, "kustomize", overlay.toString()));
        commands.add(List.of("kustomize", "build", overlay.toString()));
        IOException notFound = null;
        for (List<String> command : commands) {
            Path out = work.resolve("rendered.yaml");
            Path err = work.resolve("stderr.txt");
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
            } catch (IOException e) {
                notFound = e;
                continue;
            }
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "):\n" + Files.readString(err));
            }
            return Files.readString(out);
        }
        throw new IllegalStateException(
                "Neither kubectl (or $KUBECTL) nor kustomize is installed: the overlays cannot be rendered. Install"
                        + " kubectl (https://kubernetes.io/docs/tasks/tools/) or kustomize.",
                notFound);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no reason to fail a test.
        }
    }
}
