package org.mitwirken.common.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.support.PdfUa.ARABIC;
import static org.mitwirken.support.PdfUa.CYRILLIC;
import static org.mitwirken.support.PdfUa.GERMAN;
import static org.mitwirken.support.PdfUa.TURKISH;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.pdf.TaggedPdf.Face;
import org.mitwirken.support.PdfUa;

@DisplayName("Tagged PDF writer (PDF/UA-1)")
class TaggedPdfTest {
    private static final String TREE = "\uD83C\uDF33";

    @Test
    @DisplayName("a document with headings, paragraphs, a table, a list and a chart over several pages passes veraPDF's "
            + "PDF/UA-1 checks, and names in German, Turkish, Cyrillic and Arabic read back as written")
    void compliantInEveryScript() throws Exception {
        byte[] pdf = sample();

        PdfUa.assertCompliant(pdf);
        String text = PdfUa.text(pdf);
        PdfUa.assertNamesReadBack(text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1 && text.contains("Seite 1 von " + pages) && text.contains("Seite " + pages + " von "
                    + pages), text);
        }
    }

    @Test
    @DisplayName("the structure tree holds the content in reading order: H1, P, H2, Table with scoped headers, L with "
            + "LI, Figure with the chart's data as alternative text")
    void structure() throws Exception {
        try (PDDocument document = Loader.loadPDF(sample())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDStructureElement root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", root.getStructureType());
            assertEquals(List.of("H1", "P", "H2", "Table", "H2", "L", "H3", "Figure", "P", "P"),
                    children(root).stream().limit(10).map(PDStructureElement::getStructureType).toList());

            PDStructureElement table = children(root).get(3);
            List<PDStructureElement> head = children(children(table).get(0));
            assertEquals(List.of("TH", "TH"), head.stream().map(PDStructureElement::getStructureType).toList());
            assertEquals(PDTableAttributeObject.SCOPE_COLUMN, scope(head.get(0)));
            List<PDStructureElement> row = children(children(table).get(1));
            assertEquals(List.of("TH", "TD"), row.stream().map(PDStructureElement::getStructureType).toList());
            assertEquals(PDTableAttributeObject.SCOPE_ROW, scope(row.get(0)));

            PDStructureElement item = children(children(root).get(5)).get(0);
            assertEquals("LI", item.getStructureType());
            assertEquals(List.of("Lbl", "LBody"), children(item).stream().map(PDStructureElement::getStructureType)
                    .toList());
            assertEquals("Balkendiagramm: " + CYRILLIC + " 3, " + ARABIC + " 1",
                    children(root).get(7).getAlternateDescription());
        }
    }

    @Test
    @DisplayName("the document says its language and title, shows the title, and identifies itself as PDF/UA-1 in XMP")
    void documentProperties() throws Exception {
        try (PDDocument document = Loader.loadPDF(sample())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertEquals("de-DE", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("Bericht über " + GERMAN, document.getDocumentInformation().getTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains(">Bericht über " + GERMAN + "</rdf:li>"), xmp);
        }
    }

    @Test
    @DisplayName("every font is embedded as a subset of DejaVu Sans")
    void embeddedSubsets() throws Exception {
        try (PDDocument document = Loader.loadPDF(sample())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font instanceof PDType0Font && font.isEmbedded(), font.getName());
                    fonts.add(font.getName());
                }
            }
            assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*")),
                    fonts.toString());
        }
    }

    @Test
    @DisplayName("a character no font has (an emoji) prints as a visible U+FFFD, never as '?', and stays in the "
            + "ActualText, which screen readers and text extraction read")
    void placeholder() throws Exception {
        TaggedPdf pdf = new TaggedPdf("Platzhalter", "de-DE");
        try (pdf) {
            pdf.text(pdf.root().add("P"), Face.REGULAR, 10, 56, 700, "Der Park kommt " + TREE + "!");
            byte[] bytes = pdf.finish();

            PdfUa.assertCompliant(bytes);
            assertEquals("Der Park kommt \uFFFD!", PdfUa.glyphs(bytes));
            assertEquals("Der Park kommt " + TREE + "!", PdfUa.text(bytes).strip());
        }
    }

    @Test
    @DisplayName("Arabic letters take their joined forms (lam and alef as one ligature) and run from right to left; "
            + "brackets around them turn with them")
    void arabicShapingAndOrder() {
        // محمد: meem initial, hah medial, meem medial, dal final – drawn from the right.
        assertEquals("\uFEAA\uFEE4\uFEA4\uFEE3", visual("محمد"));
        // علاء: ain initial, lam-alef final, hamza alone.
        assertEquals("\uFE80\uFEFC\uFECB", visual("علاء"));
        // Digits after Arabic belong to its run, as in any browser: "(1)" shows left of the name.
        assertEquals("Name: (1) \uFEAA\uFEE4\uFEA4\uFEE3", visual("Name: محمد (1)"));
        assertEquals("(\uFEAA\uFEE4\uFEA4\uFEE3)", visual("(محمد)"));
        assertEquals(List.of(new VisualLine.Segment("Name: ", "Name: "),
                new VisualLine.Segment("محمد", "\uFEAA\uFEE4\uFEA4\uFEE3")), VisualLine.of("Name: محمد", cp -> true));
        assertTrue(VisualLine.rightToLeft("محمد (1)"));
        assertTrue(!VisualLine.rightToLeft("Name: محمد"));
        // A form the font lacks stays the plain letter.
        assertEquals("\u062F\u0645\u062D\u0645", VisualLine.of("محمد", cp -> cp < 0xFB50).get(0).visual());
    }

    private static String visual(String logical) {
        return VisualLine.of(logical, cp -> true).stream().map(VisualLine.Segment::visual)
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    @DisplayName("Turkish dotted and dotless i, ğ and ş print as themselves, and no ligature joins f and i (which "
            + "would hide the dot): each glyph is one character")
    void turkish() throws Exception {
        TaggedPdf pdf = new TaggedPdf("Türkçe", "de-DE");
        try (pdf) {
            pdf.text(pdf.root().add("P"), Face.BOLD, 10, 56, 700, "İı Ğğ Şş Şefika Aufgriff " + TURKISH);
            byte[] bytes = pdf.finish();
            assertEquals("İı Ğğ Şş Şefika Aufgriff " + TURKISH, PdfUa.glyphs(bytes));
        }
    }

    @Test
    @DisplayName("a word longer than a line is broken across lines that each fit, losing nothing, and quickly even "
            + "when it is twenty thousand letters long; a one-line place shortens with an ellipsis")
    void longWords() {
        try (TaggedPdf pdf = new TaggedPdf("Lang", "de-DE")) {
            String word = "Donaudampfschifffahrtsgesellschaft".repeat(600);
            List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> pdf.wrap(Face.REGULAR, 10, "Am " + word + " vorbei", 300));
            assertEquals("Am" + word + "vorbei", String.join("", lines).replace(" ", ""));
            assertTrue(lines.size() > 100 && lines.stream().allMatch(line -> pdf.width(Face.REGULAR, 10, line) <= 300),
                    lines.toString());

            String fitted = pdf.fit(Face.REGULAR, 10, CYRILLIC + " " + word, 100);
            assertTrue(fitted.startsWith("Людмила") && fitted.endsWith("…")
                    && pdf.width(Face.REGULAR, 10, fitted) <= 100, fitted);
            assertEquals(GERMAN, pdf.fit(Face.REGULAR, 10, GERMAN, 100));
        }
    }

    /** A report of the kind the features write, with names in four scripts, long enough for more than one page. */
    private static byte[] sample() {
        try (FlowingPdf pdf = new FlowingPdf("Bericht über " + GERMAN, "de-DE",
                (page, pages) -> "Seite " + page + " von " + pages)) {
            pdf.heading(1, "Bericht über " + GERMAN);
            pdf.paragraph("Beteiligt waren " + TURKISH + ", " + CYRILLIC + " und " + ARABIC + ".");
            pdf.heading(2, "Zahlen");
            pdf.table(List.of("Art", "Anzahl"), List.of(List.of("Kommentare", "5"), List.of("Stimmzettel", "12")),
                    0.6f, 0.4f);
            pdf.heading(2, "Stimmen");
            pdf.list(List.of("Ein Satz von " + CYRILLIC, ARABIC + " schreibt von rechts nach links"));
            pdf.heading(3, "Wer wird gewählt");
            pdf.chart("Balkendiagramm: " + CYRILLIC + " 3, " + ARABIC + " 1",
                    List.of(new FlowingPdf.Bar(CYRILLIC, 0.75, "3"), new FlowingPdf.Bar(ARABIC, 0.25, "1")));
            for (int i = 0; i < 40; i++) {
                pdf.paragraph("Absatz " + i + ": Eine längere Begründung, die den Bericht auf eine zweite Seite "
                        + "schiebt, damit auch Fußzeilen und Inhalte über Seitengrenzen geprüft werden.");
            }
            return pdf.finish();
        }
    }

    private static List<PDStructureElement> children(PDStructureNode node) {
        List<PDStructureElement> elements = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String scope(PDStructureElement header) {
        PDTableAttributeObject attribute = (PDTableAttributeObject) header.getAttributes().getObject(0);
        assertNotNull(attribute);
        return attribute.getScope();
    }
}
