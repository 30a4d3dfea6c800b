package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.plenary.platform.pdf.PdfInspector;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.testing.HostileFiles;
import org.plenary.testing.HostileFiles.HostileFile;
import org.plenary.testing.Tokens;

/**
 * The hostile files, uploaded ten at a time to the service in a JVM of 256 MB of heap (the surefire execution
 * {@code hostile-uploads} runs this class alone with {@code -Xmx256m}), with the service's real size limit of 10 MB:
 * each answer is its rule's problem, the service never runs out of memory and still files and serves a good
 * submission afterwards. Prints the peak heap.
 */
@QuarkusTest
@TestProfile(HostileUploadsTest.TenMegabytes.class)
class HostileUploadsTest extends ClockedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    static final long LIMIT = 10L << 20;
    static final int AT_ONCE = 10;
    static final int ROUNDS = 2;

    /** The production size limit (the other tests use 64 KiB). */
    public static class TenMegabytes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("submission.files.max-bytes", String.valueOf(LIMIT));
        }
    }

    @Test
    void hostileFilesTenAtATimeAreEachRefusedWithTheirRuleWithinTheHeapAndTheServiceStillAnswers() throws Exception {
        Setup setup = Fixtures.eligible(clock, 2000, Fixtures.DEADLINE, false);
        List<HostileFile> once = HostileFiles.all(LIMIT);
        List<HostileFile> files = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            files.addAll(once);
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        HeapWatch heap = HeapWatch.start();
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        long started = System.nanoTime();
        HttpClient client = HttpClient.newHttpClient();
        URI uri = base.toURI().resolve("sessions/" + setup.session() + "/submissions");
        String token = Tokens.organisation(setup.organisation());
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (HostileFile file : files) {
                sent.add(callers.submit(() -> client.send(upload(uri, token, file), BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        heap.stop();

        int refused = 0;
        for (int i = 0; i < files.size(); i++) {
            HostileFile file = files.get(i);
            HttpResponse<String> answer = answers.get(i);
            JsonNode problem = JSON.readTree(answer.body());
            System.out.printf(
                    "[hostile upload] %-20s %,11d bytes -> %d %s%n",
                    file.name(),
                    file.bytes().length,
                    answer.statusCode(),
                    problem.path("rule").asText());
            assertThat(answer.statusCode()).as(file.name()).isEqualTo(file.status());
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(file.name())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(problem.path("rule").asText()).as(file.name()).isEqualTo(file.rule());
            assertThat(problem.path("detail").asText())
                    .as(file.name())
                    .isNotBlank()
                    .doesNotContain("Exception");
            refused++;
        }
        System.out.printf(
                "[hostile upload] %d of %d hostile files refused, %d at once, in %,d ms; peak heap used %,d MB"
                        + " (alive after a collection, at most %,d MB, over %d collections) of %,d MB; %d PDF readers%n",
                refused,
                files.size(),
                AT_ONCE,
                millis,
                heap.peakUsed() >> 20,
                heap.peakAfterCollection() >> 20,
                heap.collections(),
                maxHeap >> 20,
                PdfInspectorReaders.count());
        assertThat(maxHeap).as("this suite runs with -Xmx256m").isLessThanOrEqualTo(256L << 20);
        assertThat(PdfInspectorReaders.count())
                .as("ten at once queue on the two readers")
                .isLessThanOrEqualTo(2);

        // Ten files within every bound, each inflating to 15 MiB while it is read, at once: read, two at a time, in
        // this heap. (Ten readers at once fit in it too, each read being bounded; the readers' count above is what
        // shows the pool.)
        byte[] heavy = HostileFiles.inflatingTo(15L << 20);
        HostileFile heavyFile = new HostileFile("heavy-no-text.pdf", heavy, "no-text-layer", 422);
        ExecutorService heavyCallers = Executors.newFixedThreadPool(AT_ONCE);
        long heavyStarted = System.nanoTime();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int n = 0; n < AT_ONCE; n++) {
                sent.add(
                        heavyCallers.submit(() -> client.send(upload(uri, token, heavyFile), BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(heavyFile.name()).isEqualTo(422);
                assertThat(JSON.readTree(response.body()).path("rule").asText()).isEqualTo("no-text-layer");
            }
        } finally {
            heavyCallers.shutdownNow();
        }
        System.out.printf(
                "[hostile upload] %d files of %,d bytes inflating to 15 MiB each, at once: each read and refused"
                        + " (no-text-layer) in %,d ms%n",
                AT_ONCE, heavy.length, (System.nanoTime() - heavyStarted) / 1_000_000);

        byte[] good = Fixtures.pdf(120);
        String id = Fixtures.submit(setup.organisation(), setup.session(), good, "after the storm.pdf")
                .statusCode(201)
                .body("file.wordCount", equalTo(120))
                .extract()
                .path("id");
        byte[] served = as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/file", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"after_the_storm.pdf\"")
                .header("X-Checksum-SHA256", PdfInspector.sha256(good))
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(MessageDigest.getInstance("SHA-256")
                                                .digest(good))
                                + ":")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .extract()
                .asByteArray();
        assertThat(served).isEqualTo(good);
    }

    /**
     * The multipart upload, built by hand and sent from the file's own bytes: RestAssured keeps a printable copy of
     * every request body, which for ten files of 10 MB would fill the test's heap, not the service's.
     */
    private static HttpRequest upload(URI uri, String token, HostileFile file) {
        String boundary = "plenary-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (Map.Entry<String, String> field : Map.of(
                        "title", "Rule 17: participation of non-governmental organisations",
                        "agendaItem", "Rules of procedure of the Conference",
                        "language", "en")
                .entrySet()) {
            head.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n");
        }
        head.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.name()
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(
                        BodyPublishers.ofString(head.toString()),
                        BodyPublishers.ofByteArray(file.bytes()),
                        BodyPublishers.ofString(tail)))
                .build();
    }

    /** The inspector's threads alive in this JVM (at most its concurrency). */
    static final class PdfInspectorReaders {
        static long count() {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("pdf-inspection-"))
                    .count();
        }
    }

    /**
     * Watches the heap: its most used (sampled every 5 ms; the collector lets it fill before it collects), and the
     * most still in use right after a collection (from the collectors' notifications: what was alive).
     */
    static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterCollection = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        private final List<Runnable> unsubscribe = new ArrayList<>();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) collector;
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heap.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed())
                                .sum();
                        watch.peakAfterCollection.accumulateAndGet(after, Math::max);
                        watch.collections.incrementAndGet();
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                watch.unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            watch.sampler.scheduleAtFixedRate(
                    () -> watch.peakUsed.accumulateAndGet(
                            ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed(),
                            Math::max),
                    0,
                    5,
                    TimeUnit.MILLISECONDS);
            return watch;
        }

        void stop() throws InterruptedException {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
            unsubscribe.forEach(Runnable::run);
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakAfterCollection() {
            return peakAfterCollection.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
