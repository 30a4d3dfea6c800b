package org.plenary.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Images by digest: a pod template's image is either {@code name:tag} or {@code name[:tag]@sha256:<digest>}. An
 * overlay that pins one image by digest pins them all (production does: what runs is exactly what was built).
 */
final class ImageRules extends Rules {

    /** An image reference by digest: the repository (group 1) and the sha256 digest (group 2). */
    static final Pattern DIGEST = Pattern.compile("^([^@:]+(?::\\d+)?(?:/[^@:]+)*)(?::[^@/]+)?@sha256:([0-9a-f]{64})$");

    private static final List<String> WORKLOADS = List.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    ImageRules(Rendering r) {
        super(r);
    }

    /** Each image of a pod template, as "Kind/name: image". */
    static List<String> images(Manifests manifests) {
        List<String> images = new ArrayList<>();
        for (String kind : WORKLOADS) {
            for (K8sObject workload : manifests.ofKind(kind)) {
                for (String containers : List.of("containers", "initContainers")) {
                    for (Object container : Yaml.list(workload.raw(), "spec", "template", "spec", containers)) {
                        images.add(workload.id() + ": " + Yaml.string(container, "image"));
                    }
                }
            }
        }
        return images;
    }

    /** The images not referenced by digest. */
    static List<String> byTag(Manifests manifests) {
        return images(manifests).stream()
                .filter(i -> !DIGEST.matcher(i.substring(i.indexOf(": ") + 2)).matches())
                .toList();
    }

    void check() {
        List<String> all = images(m);
        List<String> tagged = byTag(m);
        if (tagged.size() < all.size()) {
            for (String image : tagged) {
                fail("%s by tag, while the overlay pins the other images by digest", image);
            }
        }
    }
}
