package org.plenary.submission.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.platform.problem.RuleViolation;

/**
 * Checks an uploaded file by its content, not its name: not empty, within the size limit, of an accepted
 * type (from its first bytes), and counts its words. Streams the file for its SHA-256; blocks, so callers
 * run it off the event loop.
 */
@ApplicationScoped
public class FileInspector {

    /** What the checks found. */
    public record Inspected(String contentType, long sizeBytes, String sha256, int wordCount) {}

    private static final Map<String, byte[]> MAGIC = Map.of("application/pdf", "%PDF-".getBytes());

    private final long maxBytes;
    private final List<String> acceptedTypes;

    public FileInspector(
            @ConfigProperty(name = "submission.files.max-bytes") long maxBytes,
            @ConfigProperty(name = "submission.files.accepted-types") List<String> acceptedTypes) {
        this.maxBytes = maxBytes;
        this.acceptedTypes = acceptedTypes;
    }

    public Inspected inspect(Path file, Integer wordLimit) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RuleViolation(400, "empty-file", "Empty file", "The file is empty.", Map.of("field", "file"));
        }
        if (size > maxBytes) {
            throw new RuleViolation(
                    413,
                    "file-too-large",
                    "File too large",
                    "The file has " + size + " bytes; the limit is " + maxBytes + ".",
                    Map.of("sizeBytes", size, "limitBytes", maxBytes));
        }
        String type = detect(file);
        if (type == null) {
            throw new RuleViolation(
                    415,
                    "wrong-type",
                    "Wrong file type",
                    "The file's content is not of an accepted type (" + String.join(", ", acceptedTypes)
                            + "), whatever its name says.",
                    Map.of("acceptedTypes", acceptedTypes));
        }
        int words = countWords(file);
        if (wordLimit != null && words > wordLimit) {
            throw RuleViolation.refused(
                            "too-many-words",
                            "Too many words",
                            "The submission has " + words + " words; the session's limit is " + wordLimit + ".")
                    .with("wordCount", words)
                    .with("wordLimit", wordLimit);
        }
        return new Inspected(type, size, sha256(file), words);
    }

    private String detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        for (String type : acceptedTypes) {
            byte[] magic = MAGIC.get(type);
            if (magic != null
                    && read >= magic.length
                    && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
                return type;
            }
        }
        return null;
    }

    private static int countWords(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document).strip();
            return text.isEmpty() ? 0 : text.split("\\s+").length;
        } catch (IOException e) {
            throw RuleViolation.refused(
                    "unreadable-pdf", "Unreadable PDF", "The file starts like a PDF but cannot be read as one.");
        }
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
