package org.plenary.platform.pdf;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.io.MemoryUsageSetting;

/**
 * How much work one PDF check may cost, whatever the file: at most {@code concurrency} checks run at once (the others
 * wait in line, at most {@code queueTimeout}), each for at most {@code timeout}; at most {@code maxPages} pages in a
 * page tree at most {@code maxTreeDepth} levels deep; no stream that inflates to more than {@code maxStreamBytes}; at
 * most {@code maxTextChars} characters of text; PDFBox's own buffers in at most {@code mainMemoryBytes} of heap, the
 * rest (up to {@code scratchBytes}) in a scratch file in {@code scratchDirectory}.
 */
public record PdfBounds(
        int concurrency,
        Duration timeout,
        Duration queueTimeout,
        int maxPages,
        int maxTreeDepth,
        long maxStreamBytes,
        int maxTextChars,
        long mainMemoryBytes,
        long scratchBytes,
        Path scratchDirectory) {

    public PdfBounds {
        if (concurrency < 1 || maxPages < 1 || maxTreeDepth < 1 || maxStreamBytes < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("PDF bounds must be positive: " + concurrency + ", " + maxPages + ", "
                    + maxTreeDepth + ", " + maxStreamBytes + ", " + maxTextChars);
        }
        if (timeout.isNegative() || timeout.isZero() || queueTimeout.isNegative()) {
            throw new IllegalArgumentException("the PDF check's timeout must be positive, not " + timeout);
        }
        scratchDirectory = scratchDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : scratchDirectory;
    }

    /** The defaults of {@link PdfConfig}: 2 at once, 10 s each, 2,000 pages, 16 MiB per stream. */
    public static PdfBounds defaults() {
        return new PdfBounds(
                2,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                2_000,
                64,
                16L << 20,
                4_000_000,
                8L << 20,
                256L << 20,
                null);
    }

    public PdfBounds withConcurrency(int concurrency) {
        return new PdfBounds(
                concurrency,
                timeout,
                queueTimeout,
                maxPages,
                maxTreeDepth,
                maxStreamBytes,
                maxTextChars,
                mainMemoryBytes,
                scratchBytes,
                scratchDirectory);
    }

    public PdfBounds withTimeout(Duration timeout) {
        return new PdfBounds(
                concurrency,
                timeout,
                queueTimeout,
                maxPages,
                maxTreeDepth,
                maxStreamBytes,
                maxTextChars,
                mainMemoryBytes,
                scratchBytes,
                scratchDirectory);
    }

    public PdfBounds withMaxPages(int maxPages) {
        return new PdfBounds(
                concurrency,
                timeout,
                queueTimeout,
                maxPages,
                maxTreeDepth,
                maxStreamBytes,
                maxTextChars,
                mainMemoryBytes,
                scratchBytes,
                scratchDirectory);
    }

    /** PDFBox's buffers: main memory up to its share, then the scratch file, and no further. */
    MemoryUsageSetting memory() {
        return MemoryUsageSetting.setupMixed(mainMemoryBytes, mainMemoryBytes + scratchBytes)
                .setTempDir(scratchDirectory.toFile());
    }
}
