package org.plenary.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The repository under test and its overlays, each rendered once per test run. */
final class Overlays {

    static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    static final Repo REPO = Repo.at(ROOT);

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {}

    static List<String> names() {
        return Kustomize.overlays(ROOT);
    }

    static String rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Kustomize.render(ROOT, o));
    }

    static Manifests manifests(String overlay) {
        return Manifests.parse(rendered(overlay));
    }
}
