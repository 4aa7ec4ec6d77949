package org.mitwirken.integrity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.mitwirken.common.pdf.TaggedPdf;
import org.mitwirken.common.pdf.TaggedPdf.Element;
import org.mitwirken.common.pdf.TaggedPdf.Face;

/**
 * A printable A4 sheet of participation codes, ten to a page, each with a QR code leading to where it is used. The
 * sheet is a tagged PDF (PDF/UA-1): the heading, then a list with one item per code (the QR code as a figure, the
 * event, the code and how to use it); cutting lines, the repeated heading and page numbers are artifacts.
 */
public final class CodeSheet {
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float MARGIN = 36;
    private static final float QR_SIZE = 90;
    private static final float PAGE_WIDTH = TaggedPdf.PAGE.getWidth();
    private static final float PAGE_HEIGHT = TaggedPdf.PAGE.getHeight();
    private static final float CELL_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / COLUMNS;
    private static final float CELL_HEIGHT = (PAGE_HEIGHT - 2 * MARGIN) / ROWS;
    private static final float TEXT_WIDTH = CELL_WIDTH - 36 - QR_SIZE;

    private CodeSheet() {
    }

    /** {@code link} gives the address a code's QR code leads to. */
    public static byte[] render(String title, List<String> codes, Function<String, String> link) {
        String heading = "Teilnahmecodes: " + title;
        try (TaggedPdf pdf = new TaggedPdf(heading, "de-DE")) {
            // The heading in the top margin: on the first page the H1, on the others the same lines as artifacts.
            Element h1 = pdf.root().add(StandardStructureTypes.H1);
            List<String> headingLines = lines(pdf, heading, Face.BOLD, 9, 2, PAGE_WIDTH - 2 * MARGIN);
            for (int i = 0; i < headingLines.size(); i++) {
                String line = headingLines.get(i);
                float baseline = PAGE_HEIGHT - 16 - i * 11;
                pdf.text(h1, Face.BOLD, 9, MARGIN, baseline, line);
                pdf.running(TaggedPdf.Running.HEADER, Face.BOLD, 9, MARGIN, baseline,
                        (page, pages) -> page == 1 ? null : line);
            }
            pdf.running(TaggedPdf.Running.FOOTER, Face.REGULAR, 8, MARGIN, 16,
                    (page, pages) -> "Seite " + page + " von " + pages);
            Element list = pdf.root().add(StandardStructureTypes.L);
            for (int i = 0; i < codes.size(); i++) {
                int cell = i % (COLUMNS * ROWS);
                if (cell == 0 && i > 0) {
                    pdf.newPage();
                }
                float x = MARGIN + (cell % COLUMNS) * CELL_WIDTH;
                float top = PAGE_HEIGHT - MARGIN - (cell / COLUMNS) * CELL_HEIGHT;
                card(pdf, list.add(StandardStructureTypes.LI).add(StandardStructureTypes.L_BODY), title, codes.get(i),
                        link.apply(codes.get(i)), x, top);
            }
            return pdf.finish();
        }
    }

    private static void card(TaggedPdf pdf, Element body, String title, String code, String link, float x,
            float top) {
        pdf.decoration(canvas -> {
            PDPageContentStream content = canvas.content();
            content.setLineWidth(0.5f);
            content.setLineDashPattern(new float[] { 3, 3 }, 0);
            content.addRect(x, top - CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT);
            content.stroke();
        });
        float qrX = x + 12;
        float qrY = top - 12 - QR_SIZE;
        pdf.figure(body.add(StandardStructureTypes.Figure)
                .alt("QR-Code, führt zur Teilnahme mit dem Code " + code)
                .box(new PDRectangle(qrX, qrY, QR_SIZE, QR_SIZE)), canvas -> drawQr(canvas.content(), link, qrX, qrY));
        float textX = x + 24 + QR_SIZE;
        float y = top - 28;
        y = paragraph(pdf, body, lines(pdf, title, Face.REGULAR, 9, 3, TEXT_WIDTH), Face.REGULAR, 9, textX, y);
        y = paragraph(pdf, body, List.of("Ihr Teilnahmecode:"), Face.REGULAR, 9, textX, y - 3);
        y = paragraph(pdf, body, List.of(code), Face.BOLD, 15, textX, y - 8);
        paragraph(pdf, body, lines(pdf, "Einmal gültig. QR-Code scannen oder Code auf der Seite eingeben.",
                Face.REGULAR, 8, 4, TEXT_WIDTH), Face.REGULAR, 8, textX, y - 4);
    }

    /** A paragraph of the given lines from the baseline down; returns the baseline of the next line. */
    private static float paragraph(TaggedPdf pdf, Element body, List<String> lines, Face face, float size, float x,
            float baseline) {
        Element paragraph = body.add(StandardStructureTypes.P);
        float y = baseline;
        for (String line : lines) {
            pdf.text(paragraph, face, size, x, y, line);
            y -= size * 1.25f;
        }
        return y;
    }

    /** The text in at most {@code max} lines of the width, the last one shortened if need be. */
    private static List<String> lines(TaggedPdf pdf, String text, Face face, float size, int max, float width) {
        List<String> lines = pdf.wrap(face, size, text, width);
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max - 1));
        kept.add(pdf.fit(face, size, String.join(" ", lines.subList(max - 1, lines.size())), width));
        return kept;
    }

    private static void drawQr(PDPageContentStream content, String text, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + text, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
