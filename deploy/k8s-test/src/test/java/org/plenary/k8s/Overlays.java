package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The rendered small overlay with its first {@code original} replaced by {@code typo}, which must be there. */
    static String smallWithTypo(String original, String typo) {
        String rendered = rendered("small");
        assertThat(rendered)
                .as("the rendered overlay contains the text to doctor")
                .contains(original);
        return rendered.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(typo));
    }

    static Manifests manifests(String overlay) {
        return Manifests.parse(rendered(overlay));
    }
}
