package org.mitwirken.common.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.mitwirken.common.pdf.TaggedPdf.Element;
import org.mitwirken.common.pdf.TaggedPdf.Face;

/**
 * A flowing A4 document on a {@link TaggedPdf}: headings, wrapped paragraphs, lists, tables and bar charts, one
 * after the other in reading order, new pages as needed, each page numbered in its footer.
 */
public final class FlowingPdf implements AutoCloseable {
    private static final float MARGIN = 56;
    private static final float WIDTH = TaggedPdf.PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = TaggedPdf.PAGE.getHeight() - MARGIN;
    private static final float[] HEADING_SIZES = { 18, 13, 10.5f };
    private static final float TEXT = 10;
    private static final float SMALL = 9;
    private static final float BAR_HEIGHT = 15;

    /** One bar of a chart: its label, its length as a share of the longest possible, and the value shown. */
    public record Bar(String label, double share, String shown) {
    }

    private final TaggedPdf pdf;
    private float y = TOP;

    /**
     * @param footer the page footer, e.g. "Seite 1 von 2"
     */
    public FlowingPdf(String title, String language, TaggedPdf.PageLine footer) {
        pdf = new TaggedPdf(title, language);
        pdf.running(TaggedPdf.Running.FOOTER, Face.REGULAR, 8, MARGIN, MARGIN / 2, footer);
    }

    /** A heading of level 1 to 3 (H1–H3); levels follow each other without gaps, as PDF/UA asks. */
    public void heading(int level, String text) {
        float size = HEADING_SIZES[level - 1];
        y -= size * 0.6f;
        // Kept with two lines of what follows rather than left alone at the foot of a page.
        ensure(size * 1.4f + TEXT * 2.8f);
        lines(pdf.root().add("H" + level), Face.BOLD, size, MARGIN, WIDTH, text);
    }

    public void paragraph(String text) {
        paragraph(text, Face.REGULAR, TEXT);
    }

    public void paragraph(String text, Face face, float size) {
        lines(pdf.root().add(StandardStructureTypes.P), face, size, MARGIN, WIDTH, text);
    }

    /** A bulleted list (L, LI with Lbl and LBody); an item in a right-to-left script has its dash on the right. */
    public void list(List<String> items) {
        Element list = pdf.root().add(StandardStructureTypes.L);
        for (String item : items) {
            Element entry = list.add(StandardStructureTypes.LI);
            ensure(TEXT * 1.4f);
            boolean rightToLeft = pdf.rightToLeft(item);
            float label = rightToLeft ? MARGIN + WIDTH - pdf.width(Face.REGULAR, TEXT, "–") : MARGIN;
            pdf.text(entry.add(StandardStructureTypes.LBL), Face.REGULAR, TEXT, label, y - TEXT, "–");
            lines(entry.add(StandardStructureTypes.L_BODY), Face.REGULAR, TEXT, rightToLeft ? MARGIN : MARGIN + 12,
                    WIDTH - 12, item);
        }
    }

    /**
     * A table whose first row heads the columns and whose first cell in every other row heads its row.
     *
     * @param widths each column's share of the width
     */
    public void table(List<String> columns, List<List<String>> rows, float... widths) {
        Element table = pdf.root().add(StandardStructureTypes.TABLE);
        row(table, columns, widths, true);
        for (List<String> row : rows) {
            row(table, row, widths, false);
        }
        y -= 4;
    }

    /** A horizontal bar chart whose alternative text states its data, so that it reads without the picture. */
    public void chart(String alt, List<Bar> bars) {
        Element figure = pdf.root().add(StandardStructureTypes.Figure).alt(alt);
        int drawn = 0;
        while (drawn < bars.size()) {
            ensure(BAR_HEIGHT);
            int count = Math.max(1, Math.min(bars.size() - drawn, (int) ((y - MARGIN) / BAR_HEIGHT)));
            List<Bar> part = bars.subList(drawn, drawn + count);
            float top = y;
            if (drawn == 0 && count == bars.size()) {
                figure.box(new PDRectangle(MARGIN, top - count * BAR_HEIGHT, WIDTH, count * BAR_HEIGHT));
            }
            pdf.figure(figure, canvas -> {
                float at = top;
                for (Bar bar : part) {
                    canvas.text(Face.REGULAR, SMALL, MARGIN, at - SMALL, pdf.fit(Face.REGULAR, SMALL, bar.label(), 200));
                    canvas.content().setNonStrokingColor(0.04f, 0.33f, 0.58f);
                    canvas.content().addRect(MARGIN + 210, at - 10,
                            (float) Math.max(0, Math.min(1, bar.share())) * (WIDTH - 270), 9);
                    canvas.content().fill();
                    canvas.content().setNonStrokingColor(0f, 0f, 0f);
                    canvas.text(Face.REGULAR, SMALL, MARGIN + WIDTH - 55, at - SMALL, bar.shown());
                    at -= BAR_HEIGHT;
                }
            });
            y -= count * BAR_HEIGHT;
            drawn += count;
        }
    }

    public byte[] finish() {
        return pdf.finish();
    }

    @Override
    public void close() {
        pdf.close();
    }

    private void row(Element table, List<String> cells, float[] widths, boolean head) {
        ensure(TEXT * 1.6f);
        Element row = table.add(StandardStructureTypes.TR);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            boolean header = head || i == 0;
            Element cell = row.add(header ? StandardStructureTypes.TH : StandardStructureTypes.TD);
            if (header) {
                cell.scope(head ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
            }
            float width = WIDTH * widths[i];
            Face face = head ? Face.BOLD : Face.REGULAR;
            pdf.text(cell, face, TEXT, x, y - TEXT, pdf.fit(face, TEXT, cells.get(i), width - 8));
            x += width;
        }
        y -= TEXT * 1.6f;
        if (head) {
            float line = y + TEXT * 0.4f;
            pdf.decoration(canvas -> {
                canvas.content().setLineWidth(0.5f);
                canvas.content().moveTo(MARGIN, line);
                canvas.content().lineTo(MARGIN + WIDTH, line);
                canvas.content().stroke();
            });
        }
    }

    /** The text wrapped to the width, line by line into the element; right-to-left lines keep to the right edge. */
    private void lines(Element element, Face face, float size, float x, float width, String text) {
        for (String line : pdf.wrap(face, size, text.strip().replaceAll("\\s+", " "), width)) {
            ensure(size * 1.4f);
            float left = pdf.rightToLeft(line) ? x + width - pdf.width(face, size, line) : x;
            pdf.text(element, face, size, left, y - size, line);
            y -= size * 1.4f;
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            pdf.newPage();
            y = TOP;
        }
    }
}
