package org.plenary.platform.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How much a PDF check may cost ({@link PdfBounds}), under {@code plenary.pdf}. The defaults keep two checks of the
 * largest hostile files well inside a 256 MB heap.
 */
@ConfigMapping(prefix = "plenary.pdf")
public interface PdfConfig {

    /** How many files are read at once; the others wait in line. */
    @WithDefault("2")
    int concurrency();

    /** How long one file may take to read. */
    @WithDefault("10s")
    Duration timeout();

    /** How long a file may wait in line for a reader before it is refused (inspections-busy, 429). */
    @WithDefault("30s")
    Duration queueTimeout();

    /** The most pages a file may have. */
    @WithDefault("2000")
    int maxPages();

    /** The most levels of the file's page tree (a balanced tree of 2,000 pages has a handful). */
    @WithDefault("64")
    int maxTreeDepth();

    /** The most bytes one stream (content, font, object stream) may inflate to. */
    @WithDefault("16777216")
    long maxStreamBytes();

    /** The most characters of text a file may have. */
    @WithDefault("4000000")
    int maxTextChars();

    /** PDFBox's buffers in the heap, per file; beyond, a scratch file. */
    @WithDefault("8388608")
    long mainMemoryBytes();

    /** The most a file's scratch file may hold. */
    @WithDefault("268435456")
    long scratchBytes();

    /** Where the scratch files go (the system's temporary directory if unset). */
    Optional<Path> scratchDirectory();

    default PdfBounds bounds() {
        return new PdfBounds(
                concurrency(),
                timeout(),
                queueTimeout(),
                maxPages(),
                maxTreeDepth(),
                maxStreamBytes(),
                maxTextChars(),
                mainMemoryBytes(),
                scratchBytes(),
                scratchDirectory().orElse(null));
    }
}
