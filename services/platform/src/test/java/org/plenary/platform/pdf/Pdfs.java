package org.plenary.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made for the tests. */
final class Pdfs {

    private Pdfs() {}

    /** DejaVu Sans, which covers Latin, Cyrillic and Arabic (not Chinese); the tests that need it say so. */
    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** A PDF with one page per entry, each page showing its text (none: a page with no text layer, like a scan). */
    static byte[] withPages(String... pages) {
        return pdf(pages.length, (document, page, content) -> {
            String text = pages[page];
            if (text.isEmpty()) {
                content.addRect(50, 50, 200, 200);
                content.fill();
            } else {
                show(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), text);
            }
        });
    }

    /** A one-page PDF showing the text in a font embedded from this TrueType file. */
    static byte[] withText(Path font, String text) {
        return pdf(1, (document, page, content) -> show(content, PDType0Font.load(document, font.toFile()), text));
    }

    private static void show(PDPageContentStream content, PDFont font, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(20, 750);
        content.showText(text);
        content.endText();
    }

    private interface PageDrawing {
        void draw(PDDocument document, int page, PDPageContentStream content) throws IOException;
    }

    private static byte[] pdf(int pages, PageDrawing drawing) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawing.draw(document, n, content);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
