package org.plenary.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The one PDF check: a file is judged by its content, not its name. Not empty, within the size limit, a PDF by its
 * first bytes, readable by Apache PDFBox; its pages counted, its text extracted and its words counted
 * ({@link WordCounter}) against the limit; without a text layer (a scan) refused where the limits require one. Streams the file for its SHA-256. Blocks: callers run it off the event loop.
 */
public final class PdfInspector {

    private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private PdfInspector() {}

    public static PdfInspection inspect(Path file, PdfLimits limits) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC.length);
        }
        return inspect(size, head, sha256(file), () -> Loader.loadPDF(file.toFile()), limits);
    }

    public static PdfInspection inspect(byte[] bytes, PdfLimits limits) {
        return inspect(
                bytes.length,
                Arrays.copyOf(bytes, Math.min(bytes.length, MAGIC.length)),
                sha256(bytes),
                () -> Loader.loadPDF(bytes),
                limits);
    }

    private interface Opener {
        PDDocument open() throws IOException;
    }

    private static PdfInspection inspect(long size, byte[] head, String sha256, Opener opener, PdfLimits limits) {
        if (size == 0) {
            return refused(size, sha256, PdfRefusal.EMPTY_FILE, limits);
        }
        if (size > limits.maxBytes()) {
            return refused(size, sha256, PdfRefusal.FILE_TOO_LARGE, limits);
        }
        if (head.length < MAGIC.length || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return refused(size, sha256, PdfRefusal.WRONG_TYPE, limits);
        }
        int pages;
        String text;
        try (PDDocument document = opener.open()) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException e) {
            return refused(size, sha256, PdfRefusal.UNREADABLE_PDF, limits);
        }
        WordCount words = WordCounter.count(text, limits.locale());
        Optional<PdfRefusal> refusal = Optional.empty();
        if (words.count() == 0 && limits.textLayerRequired()) {
            refusal = Optional.of(PdfRefusal.NO_TEXT_LAYER);
        } else if (limits.maxWords() != null && words.count() > limits.maxWords()) {
            refusal = Optional.of(PdfRefusal.TOO_MANY_WORDS);
        }
        return new PdfInspection(size, sha256, pages, text, words, refusal, limits);
    }

    private static PdfInspection refused(long size, String sha256, PdfRefusal refusal, PdfLimits limits) {
        return new PdfInspection(size, sha256, 0, "", null, Optional.of(refusal), limits);
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
