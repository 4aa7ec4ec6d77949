package org.mitwirken.common.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged PDF written to PDF/UA-1 (ISO 14289-1): every piece of content is either marked as part of a structure
 * element (in the order it is drawn, which is the reading order) or as an artifact; the document carries its
 * language, its title (shown instead of the file name) and XMP metadata with the PDF/UA identification. Text is set
 * in DejaVu Sans, subset-embedded, so Latin (with Turkish), Cyrillic, Greek and Arabic print as written; a character
 * neither face has prints as U+FFFD and is kept in the line's ActualText for screen readers, like the logical order
 * of right-to-left text ({@link VisualLine}).
 * <p>
 * Pages are A4; coordinates are PDF points from the bottom left. Not thread-safe: one instance per document.
 */
public final class TaggedPdf implements AutoCloseable {
    public static final PDRectangle PAGE = PDRectangle.A4;
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");
    private static final COSName LAYOUT = COSName.getPDFName("Layout");
    private static final COSName SPAN = COSName.getPDFName(StandardStructureTypes.SPAN);

    /** The typefaces at hand; both DejaVu Sans, from the jasperreports-fonts package. */
    public enum Face {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

        private final String file;
        private volatile byte[] bytes;

        Face(String file) {
            this.file = file;
        }

        /** The font program, read once per process and parsed afresh per document (PDFBox fonts are per document). */
        private byte[] bytes() {
            byte[] loaded = bytes;
            if (loaded == null) {
                try (InputStream in = TaggedPdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Font " + file + " is missing from the class path");
                    }
                    loaded = withoutGsub(in.readAllBytes());
                    bytes = loaded;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }

        /**
         * The font with its GSUB table renamed so that PDFBox does not apply it: PDFBox's Latin shaping makes
         * f-ligatures whatever the language (wrong in Turkish and across German word joints), and its glyphs would
         * then differ from the widths measured here. Every glyph stays one character, which also keeps the text
         * read back exactly as written. The table is not embedded either way (subsets keep only the outlines).
         */
        private static byte[] withoutGsub(byte[] font) {
            int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
            for (int entry = 12; entry < 12 + 16 * tables; entry += 16) {
                if (font[entry] == 'G' && font[entry + 1] == 'S' && font[entry + 2] == 'U' && font[entry + 3] == 'B') {
                    font[entry] = 'g';
                    font[entry + 1] = 's';
                    font[entry + 2] = 'u';
                    font[entry + 3] = 'b';
                }
            }
            return font;
        }
    }

    /** Where a running line goes: PDF/UA artifacts of type Pagination distinguish page headers from footers. */
    public enum Running {
        HEADER, FOOTER
    }

    /** Draws on the page inside a figure or an artifact; the marking around it is the writer's. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Canvas canvas) throws IOException;
    }

    /** A line repeated on every page, e.g. "Seite 2 von 3"; null leaves a page without it. */
    @FunctionalInterface
    public interface PageLine {
        String text(int page, int pages);
    }

    private record RunningLine(Running where, Face face, float size, float x, float baseline, PageLine line) {
    }

    private final PDDocument document = new PDDocument();
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
    private final Element root;
    /** Per page, the structure element of each marked-content id (the parent tree). */
    private final List<COSArray> parents = new ArrayList<>();
    private final List<RunningLine> running = new ArrayList<>();
    private final String title;
    private final String language;
    private PDPage page;
    private PDPageContentStream content;

    /**
     * @param language the document's language as a BCP 47 tag, e.g. {@code de-DE}
     */
    public TaggedPdf(String title, String language) {
        this.title = title;
        this.language = language;
        try {
            for (Face face : Face.values()) {
                fonts.put(face, PDType0Font.load(document, new RandomAccessReadBuffer(face.bytes()), true, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDStructureElement node = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        tree.appendKid(node);
        root = new Element(node);
        newPage();
    }

    /** The Document element every other element descends from. */
    public Element root() {
        return root;
    }

    public void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE);
            page.setStructParents(parents.size());
            // Tab order by structure, as PDF/UA asks of pages with annotations; harmless without.
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            document.addPage(page);
            parents.add(new COSArray());
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width the text takes when drawn. */
    public float width(Face face, float size, String text) {
        float width = 0;
        try {
            for (VisualLine.Segment segment : VisualLine.of(text, cp -> glyph(face, cp) != null)) {
                for (Run run : runs(face, segment.visual())) {
                    width += run.font.getStringWidth(run.text) / 1000 * size;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** The text in lines no wider than the width, broken between words, and within a word longer than a line. */
    public List<String> wrap(Face face, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(face, size, candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            // A word longer than a line (an address, say) is broken where it must be rather than run off the page.
            for (int cut = fitting(face, size, line, "", width); cut < line.length();
                    cut = fitting(face, size, line, "", width)) {
                cut = Math.max(cut, line.offsetByCodePoints(0, 1));
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line);
        return lines;
    }

    /** The text shortened with an ellipsis to fit the width, for places that hold one line. */
    public String fit(Face face, float size, String text, float width) {
        return width(face, size, text) <= width ? text
                : text.substring(0, fitting(face, size, text, "…", width)) + "…";
    }

    /**
     * How much of the text's start (in chars, at a character boundary) fits the width with the suffix after it,
     * found by halving. No glyph but a combining mark is narrower than a tenth of the size, so no more than that many
     * characters are looked at: a hostile ten-thousand-letter word costs a few short measurements per line.
     */
    private int fitting(Face face, float size, String text, String suffix, float width) {
        int fits = 0;
        int tooLong = Math.min(text.codePointCount(0, text.length()), (int) (width / (size / 10)) + 1) + 1;
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            String prefix = text.substring(0, text.offsetByCodePoints(0, middle));
            if (width(face, size, prefix + suffix) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return text.offsetByCodePoints(0, fits);
    }

    /** Whether the text reads from right to left, so that a line of it belongs at the right edge. */
    public boolean rightToLeft(String text) {
        return VisualLine.rightToLeft(text);
    }

    /** One line of the element's text, at the baseline starting at x. */
    public void text(Element element, Face face, float size, float x, float baseline, String text) {
        try {
            content.beginMarkedContent(COSName.getPDFName(element.type()), mark(element));
            show(face, size, x, baseline, text, true);
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content of a figure on the current page; the figure's alternative text stands for it. */
    public void figure(Element figure, Drawing drawing) {
        marked(() -> content.beginMarkedContent(COSName.getPDFName(figure.type()), mark(figure)), drawing);
    }

    /** Decoration that carries no meaning (rules, cutting lines): an artifact that screen readers skip. */
    public void decoration(Drawing drawing) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, LAYOUT);
        marked(() -> content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties)), drawing);
    }

    /** Opens marked content on the current page. */
    private interface Opening {
        void open() throws IOException;
    }

    /** A drawing in marked content of its own, its graphics state kept from what follows. */
    private void marked(Opening opening, Drawing drawing) {
        try {
            opening.open();
            content.saveGraphicsState();
            drawing.draw(new Canvas());
            content.restoreGraphicsState();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line drawn on every page when the document is finished, once the number of pages is known. */
    public void running(Running where, Face face, float size, float x, float baseline, PageLine line) {
        running.add(new RunningLine(where, face, size, x, baseline, line));
    }

    public byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
            content = null;
            drawRunningLines();
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
            for (int i = 0; i < parents.size(); i++) {
                numbers.put(i, new PDParentTreeValue(parents.get(i)));
            }
            parentTree.setNumbers(numbers);
            tree.setParentTree(parentTree);
            tree.setParentTreeNextKey(parents.size());

            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setStructureTreeRoot(tree);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            catalog.setLanguage(language);
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            document.setVersion(1.7f);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A structure element: its type is one of {@link StandardStructureTypes}. */
    public final class Element {
        private final PDStructureElement node;

        private Element(PDStructureElement node) {
            this.node = node;
        }

        /** A new last child of this element. */
        public Element add(String type) {
            PDStructureElement child = new PDStructureElement(type, node);
            node.appendKid(child);
            return new Element(child);
        }

        /** The alternative text, which a figure must have: it says what the figure shows. */
        public Element alt(String text) {
            node.setAlternateDescription(text);
            return this;
        }

        /** Whether a table header heads its column or its row (PDF/UA wants one or the other said). */
        public Element scope(String scope) {
            PDTableAttributeObject attribute = new PDTableAttributeObject();
            attribute.setScope(scope);
            node.addAttribute(attribute);
            return this;
        }

        /** Where a figure is on its page. */
        public Element box(PDRectangle box) {
            PDLayoutAttributeObject attribute = new PDLayoutAttributeObject();
            attribute.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
            attribute.setBBox(box);
            node.addAttribute(attribute);
            return this;
        }

        private String type() {
            return node.getStructureType();
        }
    }

    /** What a drawing may do: draw on the content stream, and write text without marking it again. */
    public final class Canvas {
        private Canvas() {
        }

        public PDPageContentStream content() {
            return content;
        }

        public void text(Face face, float size, float x, float baseline, String text) throws IOException {
            show(face, size, x, baseline, text, false);
        }
    }

    /** A new marked-content id on the current page, recorded for the element both ways (kid and parent tree). */
    private int mark(Element element) {
        COSArray pageParents = parents.get(parents.size() - 1);
        int mcid = pageParents.size();
        pageParents.add(element.node);
        if (element.node.getPage() == null) {
            element.node.setPage(page);
        }
        if (element.node.getPage().getCOSObject() == page.getCOSObject()) {
            element.node.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.node.appendKid(reference);
        }
        return mcid;
    }

    private void show(Face face, float size, float x, float baseline, String text, boolean keepText)
            throws IOException {
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (VisualLine.Segment segment : VisualLine.of(text, cp -> glyph(face, cp) != null)) {
            boolean replaced = keepText && !segment.visual().equals(segment.logical());
            if (replaced) {
                COSDictionary properties = new COSDictionary();
                properties.setItem(ACTUAL_TEXT, new COSString(segment.logical()));
                content.beginMarkedContent(SPAN, PDPropertyList.create(properties));
            }
            for (Run run : runs(face, segment.visual())) {
                content.setFont(run.font, size);
                content.showText(run.text);
            }
            if (replaced) {
                content.endMarkedContent();
            }
        }
        content.endText();
    }

    private record Run(PDType0Font font, String text) {
    }

    /** The visual text cut where the font changes: a character the face lacks comes from the regular face. */
    private List<Run> runs(Face face, String visual) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PDType0Font current = null;
        for (int cp : visual.codePoints().toArray()) {
            PDType0Font font = glyph(face, cp);
            if (font != current && current != null) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = font;
            text.appendCodePoint(cp);
        }
        if (current != null) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }

    /** The font that has a glyph for the code point: the face asked for, else the regular face; null if neither. */
    private PDType0Font glyph(Face face, int codePoint) {
        PDType0Font wanted = fonts.get(face);
        if (wanted.getCmapLookup().getGlyphId(codePoint) > 0) {
            return wanted;
        }
        PDType0Font regular = fonts.get(Face.REGULAR);
        return regular.getCmapLookup().getGlyphId(codePoint) > 0 ? regular : null;
    }

    private void drawRunningLines() throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage target = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, target,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stream;
                for (RunningLine line : running) {
                    String text = line.line.text(i + 1, pages);
                    if (text == null) {
                        continue;
                    }
                    COSDictionary properties = new COSDictionary();
                    properties.setItem(COSName.TYPE, PAGINATION);
                    properties.setName(COSName.SUBTYPE, line.where == Running.HEADER ? "Header" : "Footer");
                    stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
                    show(line.face, line.size, line.x, line.baseline, text, false);
                    stream.endMarkedContent();
                }
            } finally {
                content = null;
            }
        }
    }

    /** XMP with the title, the language and the PDF/UA identification schema (part 1). */
    private String xmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** Escaped for XML; characters XML 1.0 cannot hold at all (most control characters) are left out. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
