package org.plenary.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.jboss.logging.Logger;

/**
 * The one PDF check: a file is judged by its content, not its name. Not empty, within the size limit, a PDF by its
 * first bytes, whole (its end-of-file marker in its last 1,024 bytes), readable by Apache PDFBox; its pages counted,
 * its text extracted and its words counted ({@link WordCounter}) against the limit; without a text layer (a scan)
 * refused where the limits require one. Streams the file for its SHA-256.
 *
 * <p>Whatever the file, a check costs at most its {@link PdfBounds}: the reading runs on a fixed pool of threads (so
 * ten uploads at once queue instead of filling the heap), within a timeout, with PDFBox's buffers capped and spilled to
 * a scratch file, and with the pages, the inflated size of every stream and the text bounded ({@link BoundedReading}).
 * A file over a bound is refused with its rule ({@code too-many-pages}, {@code pdf-too-complex},
 * {@code inspection-timed-out}); a check that waited too long for a thread is refused with {@code inspections-busy}.
 * Blocks: callers run it off the event loop.
 */
public final class PdfInspector implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PdfInspector.class);
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Where readers look for the end-of-file marker: the last 1,024 bytes. */
    private static final int TAIL = 1024;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final PdfBounds bounds;
    private final ThreadPoolExecutor pool;

    public PdfInspector(PdfBounds bounds) {
        this.bounds = bounds;
        this.pool = new ThreadPoolExecutor(
                bounds.concurrency(),
                bounds.concurrency(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "pdf-inspection-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public PdfBounds bounds() {
        return bounds;
    }

    /**
     * Inspects a file on disk. Only its first and last bytes are read before its turn comes: a file waiting in line
     * for a reader holds no memory.
     */
    public PdfInspection inspect(Path file, PdfLimits limits) throws IOException {
        long size = Files.size(file);
        String sha256 = sha256(file);
        if (size == 0 || size > limits.maxBytes()) {
            return cheap(size, sha256, limits, new byte[0], new byte[0]);
        }
        byte[] head;
        byte[] tail = new byte[(int) Math.min(size, TAIL)];
        try (FileChannel channel = FileChannel.open(file)) {
            head = new byte[(int) Math.min(size, MAGIC.length)];
            channel.read(ByteBuffer.wrap(head), 0);
            channel.read(ByteBuffer.wrap(tail), size - tail.length);
        }
        PdfInspection refused = cheap(size, sha256, limits, head, tail);
        if (refused != null) {
            return refused;
        }
        return read(size, sha256, () -> Files.readAllBytes(file), limits);
    }

    public PdfInspection inspect(byte[] bytes, PdfLimits limits) {
        String sha256 = sha256(bytes);
        PdfInspection refused = cheap(bytes.length, sha256, limits, bytes, bytes);
        if (refused != null) {
            return refused;
        }
        return read(bytes.length, sha256, () -> bytes, limits);
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    /** Reads the file on one of the pool's threads, within the bounds. */
    private PdfInspection read(long size, String sha256, Bytes content, PdfLimits limits) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Future<BoundedReading.Read> reading = pool.submit(() -> {
            started.complete(null);
            BoundedReading bounded = new BoundedReading(bounds, cancelled);
            byte[] bytes = content.read();
            try {
                return bounded.read(bytes, cache -> Loader.loadPDF(bytes, "", null, null, cache));
            } catch (StackOverflowError e) {
                throw Bounded.tooComplex("The file's objects are nested too deeply to be read.", Map.of());
            }
        });
        try {
            try {
                started.get(bounds.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                cancelled.set(true);
                reading.cancel(true);
                return refused(
                        size,
                        sha256,
                        PdfRefusal.INSPECTIONS_BUSY,
                        limits,
                        "Too many files are being checked at once; try again in a minute.",
                        Map.of("waitedMillis", bounds.queueTimeout().toMillis()));
            }
            BoundedReading.Read read = reading.get(bounds.timeout().toMillis() + 100, TimeUnit.MILLISECONDS);
            return judged(size, sha256, read, limits);
        } catch (TimeoutException e) {
            cancelled.set(true);
            reading.cancel(true);
            return refused(
                    size,
                    sha256,
                    PdfRefusal.INSPECTION_TIMED_OUT,
                    limits,
                    "The file could not be checked within " + bounds.timeout().toMillis() + " ms.",
                    Map.of("timeoutMillis", bounds.timeout().toMillis()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Bounded b) {
                return refused(size, sha256, b.refusal(), limits, b.getMessage(), b.facts());
            }
            LOG.debugf(e.getCause(), "A PDF that PDFBox cannot read (%s)", sha256);
            return refused(size, sha256, PdfRefusal.UNREADABLE_PDF, limits, null, null);
        } catch (InterruptedException e) {
            cancelled.set(true);
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a PDF was checked", e);
        }
    }

    /** The checks that read only the first and last bytes: empty, too large, not a PDF, cut short. */
    private static PdfInspection cheap(long size, String sha256, PdfLimits limits, byte[] head, byte[] tail) {
        if (size == 0) {
            return refused(size, sha256, PdfRefusal.EMPTY_FILE, limits, null, null);
        }
        if (size > limits.maxBytes()) {
            return refused(size, sha256, PdfRefusal.FILE_TOO_LARGE, limits, null, null);
        }
        if (head.length < MAGIC.length || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return refused(size, sha256, PdfRefusal.WRONG_TYPE, limits, null, null);
        }
        if (!endsWithEofMarker(tail)) {
            return refused(
                    size,
                    sha256,
                    PdfRefusal.TRUNCATED_PDF,
                    limits,
                    "The file has no end-of-file marker (%%EOF) in its last " + TAIL
                            + " bytes: it was cut short. Upload it again.",
                    Map.of("sizeBytes", size));
        }
        return null;
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        for (int i = bytes.length - EOF_MARKER.length; i >= Math.max(0, bytes.length - TAIL); i--) {
            if (Arrays.equals(bytes, i, i + EOF_MARKER.length, EOF_MARKER, 0, EOF_MARKER.length)) {
                return true;
            }
        }
        return false;
    }

    private static PdfInspection judged(long size, String sha256, BoundedReading.Read read, PdfLimits limits) {
        WordCount words = WordCounter.count(read.text(), limits.locale());
        Optional<PdfRefusal> refusal = Optional.empty();
        if (words.count() == 0 && limits.textLayerRequired()) {
            refusal = Optional.of(PdfRefusal.NO_TEXT_LAYER);
        } else if (limits.maxWords() != null && words.count() > limits.maxWords()) {
            refusal = Optional.of(PdfRefusal.TOO_MANY_WORDS);
        }
        return new PdfInspection(size, sha256, read.pages(), read.text(), words, refusal, limits, null, null);
    }

    private static PdfInspection refused(
            long size, String sha256, PdfRefusal refusal, PdfLimits limits, String detail, Map<String, Object> facts) {
        return new PdfInspection(size, sha256, 0, "", null, Optional.of(refusal), limits, detail, facts);
    }

    /** Stops the pool's threads (a reading under way is interrupted). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The file's SHA-256 in lower-case hex, read as a stream. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
