package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production overlay runs images by digest only; the small one by the tag deploy/images/build gives them. */
class ImagesByDigestTest {

    @Test
    void production_references_every_image_by_digest_and_small_by_tag() {
        Manifests production = Overlays.manifests("production");

        assertThat(ImageRules.images(production)).hasSize(6);
        assertThat(ImageRules.byTag(production)).isEmpty();
        assertThat(ImageRules.images(production))
                .allSatisfy(
                        i -> assertThat(i).matches(".*: registry\\.example\\.org/plenary/[a-z-]+@sha256:[0-9a-f]{64}"));
        assertThat(ImageRules.byTag(Overlays.manifests("small"))).hasSize(6);
    }

    @Test
    void an_image_by_tag_among_digests_fails_the_check() {
        Manifests production = Overlays.manifests("production");
        Map<String, Object> container = Doctored.container(production, "registration-service");
        container.put("image", "registry.example.org/plenary/registration-service:0.1.0");

        List<String> violations =
                new ManifestChecker(Overlays.REPO).run(production).violations();

        assertThat(violations)
                .contains("Deployment/registration-service: registry.example.org/plenary/registration-service:0.1.0 by"
                        + " tag, while the overlay pins the other images by digest");
    }

    @Test
    void a_digest_of_another_image_fails_the_check() {
        Manifests production = Overlays.manifests("production");
        Map<String, Object> container = Doctored.container(production, "side-event-service");
        container.put("image", "registry.example.org/plenary/portal@sha256:" + "1".repeat(64));

        assertThat(new ManifestChecker(Overlays.REPO).run(production).violations())
                .anySatisfy(v -> assertThat(v)
                        .contains("Deployment/side-event-service: no container runs image plenary/side-event-service"));
        assertThat(ImageRules.DIGEST
                        .matcher("registry.example.org:5000/plenary/portal:0.1.0@sha256:" + "a".repeat(64))
                        .matches())
                .isTrue();
        assertThat(ImageRules.DIGEST.matcher("plenary/portal@sha256:abc").matches())
                .isFalse();
    }
}
