package org.plenary.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/**
 * One PDF read within its {@link PdfBounds}, on one of the inspector's threads. PDFBox inflates a stream whole, in
 * the heap, before it parses it, so every stream that reading may inflate is inflated here first, counting and
 * keeping nothing: the file's raw bytes before PDFBox opens it (every stream not marked as an image: object
 * streams, cross-reference streams, fonts and content are inflated while the file loads), and each content stream
 * again, with its own filters, before the text is extracted from it. The page tree is walked without recursion,
 * counting pages and levels; the text is kept up to its limit; the clock (and a cancellation) is read between
 * streams, pages and every operator.
 */
final class BoundedReading {

    interface Opener {
        PDDocument open(StreamCacheCreateFunction cache) throws IOException;
    }

    record Read(int pages, String text) {}

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image(?![A-Za-z0-9#])");
    private static final Pattern LOADED_WITH_FILE = Pattern.compile("/(ObjStm|XRef)(?![A-Za-z0-9#])");
    private static final Set<COSName> IMAGE_FILTERS =
            Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    private final PdfBounds bounds;
    private final long deadline;
    private final AtomicBoolean cancelled;
    private final Set<COSStream> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    BoundedReading(PdfBounds bounds, AtomicBoolean cancelled) {
        this.bounds = bounds;
        this.deadline = System.nanoTime() + bounds.timeout().toNanos();
        this.cancelled = cancelled;
    }

    Read read(byte[] raw, Opener opener) throws IOException {
        scanRawStreams(raw);
        try (PDDocument document = opener.open(bounds.memory().streamCache)) {
            checkTime();
            int pages = countPages(document);
            BoundedWriter text = new BoundedWriter(bounds.maxTextChars());
            new Stripper().writeText(document, text);
            return new Read(pages, text.toString());
        }
    }

    void checkTime() {
        if (cancelled.get() || Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
            throw new Bounded(
                    PdfRefusal.INSPECTION_TIMED_OUT,
                    "The file could not be checked within " + bounds.timeout().toMillis() + " ms.",
                    Map.of("timeoutMillis", bounds.timeout().toMillis()));
        }
    }

    // ------------------------------------------------------------------ the raw bytes, before PDFBox

    /**
     * Inflates, counting, the data after every {@code stream} keyword of the file whose dictionary does not say it
     * is an image (images are not inflated to read text; an object or cross-reference stream is, whatever it says),
     * as PDFBox would: two header bytes skipped, then raw deflate until it ends, fails or passes the limit.
     */
    private void scanRawStreams(byte[] raw) {
        Inflater inflater = new Inflater(true);
        byte[] out = new byte[64 * 1024];
        try {
            for (int at = indexOf(raw, STREAM, 0); at >= 0; at = indexOf(raw, STREAM, at + STREAM.length)) {
                checkTime();
                if (at >= 3 && raw[at - 3] == 'e' && raw[at - 2] == 'n' && raw[at - 1] == 'd') {
                    continue;
                }
                int data = at + STREAM.length;
                if (data < raw.length && raw[data] == '\r') {
                    data++;
                }
                if (data < raw.length && raw[data] == '\n') {
                    data++;
                }
                if (data == at + STREAM.length || data + 2 >= raw.length || markedAsImage(raw, at)) {
                    continue;
                }
                inflater.reset();
                inflater.setInput(raw, data + 2, raw.length - data - 2);
                long inflated = 0;
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(out);
                        if (n == 0 && (inflater.needsInput() || inflater.finished())) {
                            break;
                        }
                        inflated += n;
                        if (inflated > bounds.maxStreamBytes()) {
                            throw streamTooLarge();
                        }
                        if ((inflated & 0xFFFFF) < n) {
                            checkTime();
                        }
                    }
                } catch (DataFormatException notDeflate) {
                    // Not (or no longer) deflate data: PDFBox stops there too.
                }
            }
        } finally {
            inflater.end();
        }
    }

    private static boolean markedAsImage(byte[] raw, int streamKeyword) {
        int from = Math.max(0, streamKeyword - 4096);
        String before = new String(raw, from, streamKeyword - from, StandardCharsets.ISO_8859_1);
        int obj = before.lastIndexOf(" obj");
        String dictionary = obj >= 0 ? before.substring(obj) : before;
        return IMAGE.matcher(dictionary).find()
                && !LOADED_WITH_FILE.matcher(dictionary).find();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Bounded streamTooLarge() {
        return Bounded.tooComplex(
                "A stream of the file inflates to more than " + bounds.maxStreamBytes() + " bytes.",
                Map.of("streamLimitBytes", bounds.maxStreamBytes()));
    }

    // ------------------------------------------------------------------ the page tree

    /** The pages, counted by walking the tree (not by its claimed count), refusing too many or too deep. */
    private int countPages(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw new Bounded(PdfRefusal.UNREADABLE_PDF, "The PDF has no pages.", Map.of());
        }
        record Node(COSBase reference, int depth) {}
        Deque<Node> todo = new ArrayDeque<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(new Node(root, 1));
        int pages = 0;
        while (!todo.isEmpty()) {
            checkTime();
            Node node = todo.pop();
            COSBase resolved = node.reference() instanceof COSObject indirect ? indirect.getObject() : node.reference();
            if (!(resolved instanceof COSDictionary dictionary)) {
                throw new Bounded(
                        PdfRefusal.UNREADABLE_PDF,
                        "The file starts like a PDF but a page of it cannot be read.",
                        Map.of());
            }
            if (!seen.add(dictionary)) {
                continue;
            }
            COSArray kids = dictionary.getCOSArray(COSName.KIDS);
            boolean treeNode = kids != null || COSName.PAGES.equals(dictionary.getCOSName(COSName.TYPE));
            if (!treeNode) {
                if (++pages > bounds.maxPages()) {
                    throw new Bounded(
                            PdfRefusal.TOO_MANY_PAGES,
                            "The file has more than " + bounds.maxPages() + " pages; the limit is " + bounds.maxPages()
                                    + ".",
                            Map.of("pageLimit", bounds.maxPages()));
                }
                continue;
            }
            if (node.depth() > bounds.maxTreeDepth()) {
                throw Bounded.tooComplex(
                        "The file's page tree is nested deeper than " + bounds.maxTreeDepth() + " levels.",
                        Map.of("depthLimit", bounds.maxTreeDepth()));
            }
            // Pushed without being read (in reverse, so that pages are read in order): a node's thousands of
            // children cost nothing until they are popped, and the walk stops at the page limit.
            for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                todo.push(new Node(kids.get(i), node.depth() + 1));
            }
        }
        return pages;
    }

    // ------------------------------------------------------------------ content streams, as PDFBox reads them

    /** Inflates a content stream with its own filters, counting, before PDFBox inflates it into the heap. */
    private void checkContent(COSBase contents) throws IOException {
        if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                checkContent(array.getObject(i));
            }
            return;
        }
        if (!(contents instanceof COSStream stream) || !checked.add(stream)) {
            return;
        }
        checkTime();
        List<Filter> filters = filters(stream);
        if (filters.isEmpty()) {
            return;
        }
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                OutputStream out = last
                        ? new Counting(OutputStream.nullOutputStream())
                        : new Counting(new ByteArrayOutputStream());
                filters.get(i).decode(in, out, stream, i);
                in.close();
                if (!last) {
                    in = new java.io.ByteArrayInputStream(
                            ((ByteArrayOutputStream) ((Counting) out).target).toByteArray());
                }
            }
        } finally {
            in.close();
        }
    }

    private static List<Filter> filters(COSStream stream) throws IOException {
        COSBase names = stream.getFilters();
        List<COSName> list = new ArrayList<>();
        if (names instanceof COSName name) {
            list.add(name);
        } else if (names instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name && !list.contains(name)) {
                    list.add(name);
                }
            }
        }
        List<Filter> filters = new ArrayList<>();
        for (COSName name : list) {
            if (IMAGE_FILTERS.contains(name)) {
                throw Bounded.tooComplex(
                        "A content stream of the file is encoded as an image (" + name.getName() + ").", Map.of());
            }
            filters.add(FilterFactory.INSTANCE.getFilter(name));
        }
        return filters;
    }

    /** Counts what passes, and refuses the stream past the limit. */
    private final class Counting extends OutputStream {
        final OutputStream target;
        long count;

        Counting(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > bounds.maxStreamBytes()) {
                throw streamTooLarge();
            }
            if ((count & 0xFFFFF) < len) {
                checkTime();
            }
            target.write(b, off, len);
        }
    }

    /** The text stripper, reading the clock between pages and operators and checking each stream before it reads it. */
    private final class Stripper extends PDFTextStripper {

        private int operators;

        @Override
        public void processPage(PDPage page) throws IOException {
            checkTime();
            checkContent(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            checkContent(form.getCOSObject());
            super.showForm(form);
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            checkContent(form.getCOSObject());
            super.showTransparencyGroup(form);
        }

        @Override
        protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
            checkContent(charProc.getCOSObject());
            super.processType3Stream(charProc, textRenderingMatrix);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0x3FF) == 0) {
                checkTime();
            }
            super.processOperator(operator, operands);
        }
    }

    /** Keeps the text up to its limit, and refuses the file past it. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (text.length() + len > limit) {
                throw Bounded.tooComplex(
                        "The file has more than " + limit + " characters of text.", Map.of("textLimitChars", limit));
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (text.length() + len > limit) {
                throw Bounded.tooComplex(
                        "The file has more than " + limit + " characters of text.", Map.of("textLimitChars", limit));
            }
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
