package org.plenary.submission.files;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Keeps files and rows in step. A file is stored before the transaction that records it, so a crash in between
 * leaves a file no row names: the sweep removes such a file once it is older than
 * {@code submission.files.orphan-age} (a younger one may belong to a filing still under way). It runs at start-up
 * and every {@code submission.files.sweep-every}. A row whose file is missing cannot come from a crash (the file is
 * durable before the row commits) but from a store that lost it: the sweep counts such rows, in the gauge
 * {@code plenary_files_missing} and in {@code /q/health/well} ({@link FilesHealthCheck}), and names them in the log.
 */
@ApplicationScoped
public class FileSweep {

    private static final Logger LOG = Logger.getLogger(FileSweep.class);
    private static final int CHUNK = 500;

    private final FileStore store;
    private final FilesConfig config;
    private final AtomicLong removed = new AtomicLong();
    private final AtomicLong missing = new AtomicLong();
    private final AtomicReference<Report> last = new AtomicReference<>();

    public FileSweep(FileStore store, FilesConfig config, MeterRegistry metrics) {
        this.store = store;
        this.config = config;
        Gauge.builder("plenary.files.missing", missing, AtomicLong::get)
                .description("Rows of submission files whose file the store does not have, at the last sweep")
                .register(metrics);
        Gauge.builder("plenary.files.orphans.removed", removed, AtomicLong::get)
                .description("Stored files without a row removed by the sweep since start-up")
                .register(metrics);
    }

    /** What one sweep found: files removed for want of a row, and rows whose file is missing. */
    public record Report(Instant at, int filesChecked, List<String> orphansRemoved, List<String> rowsWithoutFile) {}

    @Scheduled(
            identity = "submission-file-sweep",
            every = "${submission.files.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep();
        } catch (Exception e) {
            LOG.warnf("the file sweep did not finish (%s); it runs again in %s", e.getMessage(), config.sweepEvery());
        }
    }

    /** One sweep, now. Blocks: call it off the event loop. */
    public synchronized Report sweep() throws IOException {
        // The store's times are the real time, so the sweep reads the real clock, not the rules' clock.
        Instant started = Instant.now();
        Instant orphanBefore = started.minus(config.orphanAge());
        // The rows first, then the files: a row committed before this read had its file stored before it, so the
        // listing that follows has that file unless the store lost it.
        List<String> rows = await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createSelectionQuery("select v.fileKey from SubmissionVersion v", String.class)
                        .getResultList())));
        List<FileStore.StoredFile> files = store.list();
        Set<String> stored = new HashSet<>();
        List<String> old = new ArrayList<>();
        for (FileStore.StoredFile file : files) {
            stored.add(file.key());
            if (file.storedAt().isBefore(orphanBefore)) {
                old.add(file.key());
            }
        }
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < old.size(); i += CHUNK) {
            List<String> chunk = old.subList(i, Math.min(old.size(), i + CHUNK));
            Set<String> named = new HashSet<>(await(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createSelectionQuery(
                                    "select v.fileKey from SubmissionVersion v where v.fileKey in :keys", String.class)
                            .setParameter("keys", chunk)
                            .getResultList()))));
            for (String key : chunk) {
                if (!named.contains(key)) {
                    orphans.add(key);
                }
            }
        }
        for (String key : orphans) {
            store.delete(key);
            removed.incrementAndGet();
            LOG.infof("removed the stored file %s: no submission names it (a filing that did not commit)", key);
        }
        List<String> withoutFile =
                rows.stream().filter(key -> !stored.contains(key)).distinct().toList();
        missing.set(withoutFile.size());
        if (!withoutFile.isEmpty()) {
            LOG.errorf(
                    "%d submission file(s) named by a row are missing from the store: %s",
                    withoutFile.size(), withoutFile.subList(0, Math.min(10, withoutFile.size())));
        }
        Report report = new Report(started, files.size(), List.copyOf(orphans), withoutFile);
        last.set(report);
        return report;
    }

    /** The last sweep's report, or nothing before the first sweep ends. */
    public java.util.Optional<Report> last() {
        return java.util.Optional.ofNullable(last.get());
    }

    /** Stored files without a row removed since start-up. */
    public long orphansRemoved() {
        return removed.get();
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException("the database could not be read: " + e.getMessage(), e);
        }
    }
}
