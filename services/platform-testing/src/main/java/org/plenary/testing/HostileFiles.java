package org.plenary.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Files made to hurt a PDF check, each with the rule that must refuse it, written byte by byte (no PDF library, so
 * that nothing repairs them on the way): a decompression bomb (a content stream of 1 GiB of zeros, deflated as it is
 * made, in about 1 MB), 100,000 pages, a malformed cross-reference table, a page tree 100,000 levels deep, arrays
 * nested 100,000 deep, a truncated file, a PNG and a ZIP named {@code .pdf}, and a file one byte over the size limit.
 * And one good PDF, to show that the checker still reads one.
 */
public final class HostileFiles {

    /** A hostile file: its name, its bytes and the rule (and status) that must refuse it. */
    public record HostileFile(String name, byte[] bytes, String rule, int status) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes, " + rule + ")";
        }
    }

    private static final long BOMB_BYTES = 1L << 30;
    private static volatile byte[] bomb;

    private HostileFiles() {}

    /** Every hostile file, for a size limit of {@code maxBytes} (which must be above 8 MB: 100,000 pages take 8). */
    public static List<HostileFile> all(long maxBytes) {
        return List.of(
                new HostileFile("bomb.pdf", decompressionBomb(), "pdf-too-complex", 422),
                new HostileFile("100000-pages.pdf", pages(100_000), "too-many-pages", 422),
                new HostileFile("malformed-xref.pdf", malformedXref(), "unreadable-pdf", 422),
                new HostileFile("deep-page-tree.pdf", deepPageTree(100_000), "pdf-too-complex", 422),
                new HostileFile("nested-arrays.pdf", nestedArrays(100_000), "unreadable-pdf", 422),
                new HostileFile("truncated.pdf", truncated(), "truncated-pdf", 422),
                new HostileFile("image.pdf", png(), "wrong-type", 415),
                new HostileFile("archive.pdf", zip(), "wrong-type", 415),
                new HostileFile("one-byte-over.pdf", oneByteOver(maxBytes), "file-too-large", 413));
    }

    /** A one-page PDF showing this text (ASCII) in Helvetica. */
    public static byte[] withText(String text) {
        String escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        byte[] content = ("BT /F1 12 Tf 72 720 Td (" + escaped + ") Tj ET").getBytes(StandardCharsets.US_ASCII);
        return pdf(List.of(
                ascii("<</Type/Catalog/Pages 2 0 R>>"),
                ascii("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                ascii("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                        + "/Resources<</Font<</F1 5 0 R>>>>>>"),
                stream("", content),
                ascii("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")));
    }

    /** A page whose content stream is 1 GiB of zeros, deflated while it is made (never held inflated). */
    public static byte[] decompressionBomb() {
        if (bomb == null) {
            synchronized (HostileFiles.class) {
                if (bomb == null) {
                    bomb = pdf(List.of(
                            ascii("<</Type/Catalog/Pages 2 0 R>>"),
                            ascii("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                            ascii("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"),
                            stream("/Filter/FlateDecode", deflatedZeros(BOMB_BYTES))));
                }
            }
        }
        return bomb;
    }

    /**
     * A page whose content stream is this many zeros (no text): under the inflated-size bound it is read, and
     * costs its inflated size in the heap while it is, which is what the bounded pool of readers is for.
     */
    public static byte[] inflatingTo(long bytes) {
        return pdf(List.of(
                ascii("<</Type/Catalog/Pages 2 0 R>>"),
                ascii("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                ascii("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"),
                stream("/Filter/FlateDecode", deflatedZeros(bytes))));
    }

    /** How many bytes the bomb's content stream inflates to. */
    public static long decompressionBombInflatedBytes() {
        return BOMB_BYTES;
    }

    private static byte[] deflatedZeros(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        byte[] out = new byte[64 * 1024];
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        for (long fed = 0; fed < count; fed += zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, count - fed));
            while (!deflater.needsInput()) {
                deflated.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(out, 0, deflater.deflate(out));
        }
        deflater.end();
        return deflated.toByteArray();
    }

    /** A PDF with this many (empty) pages, all children of one page tree node. */
    public static byte[] pages(int count) {
        List<byte[]> objects = new ArrayList<>(count + 2);
        objects.add(ascii("<</Type/Catalog/Pages 2 0 R>>"));
        StringBuilder kids = new StringBuilder(count * 9);
        for (int n = 0; n < count; n++) {
            kids.append(n + 3).append(" 0 R ");
        }
        objects.add(ascii("<</Type/Pages/MediaBox[0 0 612 792]/Count " + count + "/Kids[" + kids + "]>>"));
        byte[] page = ascii("<</Type/Page/Parent 2 0 R>>");
        for (int n = 0; n < count; n++) {
            objects.add(page);
        }
        return pdf(objects);
    }

    /** A page tree of this many levels, each node the only child of the one above, a page at the bottom. */
    public static byte[] deepPageTree(int depth) {
        List<byte[]> objects = new ArrayList<>(depth + 2);
        objects.add(ascii("<</Type/Catalog/Pages 2 0 R>>"));
        for (int level = 0; level < depth; level++) {
            objects.add(ascii("<</Kids[" + (level + 3) + " 0 R]/Count 1>>"));
        }
        objects.add(ascii("<</Type/Page/MediaBox[0 0 612 792]>>"));
        return pdf(objects);
    }

    /** A page whose dictionary holds arrays nested this deep. */
    public static byte[] nestedArrays(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return pdf(List.of(
                ascii("<</Type/Catalog/Pages 2 0 R>>"),
                ascii("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                ascii("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Nested " + nested + ">>")));
    }

    /**
     * A cross-reference table that claims 2,147,483,647 entries, whose lines are not entries, and whose previous
     * section is itself; the objects it should point at are not in the file.
     */
    public static byte[] malformedXref() {
        StringBuilder file = new StringBuilder("%PDF-1.7\n");
        int xref = file.length();
        file.append("xref\n0 2147483647\n");
        for (int n = 0; n < 100; n++) {
            file.append("zzzzzzzzzz 9999x q\r\n");
        }
        file.append("trailer\n<</Size 2147483647/Root 1 0 R/Prev ")
                .append(xref)
                .append(">>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return ascii(file.toString());
    }

    /** A good PDF cut off at half its length, as an interrupted upload leaves it. */
    public static byte[] truncated() {
        byte[] whole = withText("Rule 17 of the Conference of the States Parties");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A real PNG image (8 x 8 pixels). */
    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real ZIP archive holding a PDF. */
    public static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("statement.pdf"));
                zip.write(withText("inside an archive"));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of exactly {@code maxBytes + 1} bytes (a good one, padded with a comment). */
    public static byte[] oneByteOver(long maxBytes) {
        byte[] pdf = withText("one byte too many");
        int size = Math.toIntExact(maxBytes + 1);
        byte[] padded = new byte[size];
        byte[] tail = ascii("\n%%EOF\n");
        System.arraycopy(pdf, 0, padded, 0, pdf.length);
        Arrays.fill(padded, pdf.length, size - tail.length, (byte) ' ');
        padded[pdf.length] = '%';
        System.arraycopy(tail, 0, padded, size - tail.length, tail.length);
        return padded;
    }

    /** The rules by file name, for a report. */
    public static Map<String, String> rules(List<HostileFile> files) {
        Map<String, String> rules = new LinkedHashMap<>();
        files.forEach(f -> rules.put(f.name(), f.rule()));
        return rules;
    }

    private static byte[] stream(String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
        out.writeBytes(ascii("<</Length " + data.length + dictionaryEntries + ">>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    /** A PDF of these objects (numbered from 1, the first the catalog), with a correct cross-reference table. */
    private static byte[] pdf(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int n = 0; n < objects.size(); n++) {
            offsets[n] = out.size();
            out.writeBytes(ascii((n + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(n));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder(20 * (objects.size() + 1) + 100);
        table.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f\r\n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n\r\n", offset));
        }
        table.append("trailer\n<</Size ")
                .append(objects.size() + 1)
                .append("/Root 1 0 R>>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
