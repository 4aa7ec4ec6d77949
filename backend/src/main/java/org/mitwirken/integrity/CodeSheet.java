package org.mitwirken.integrity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A printable A4 sheet of participation codes, ten to a page, each with a QR code leading to where it is used. */
public final class CodeSheet {
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float MARGIN = 36;
    private static final float QR_SIZE = 90;

    private CodeSheet() {
    }

    /** {@code link} gives the address a code's QR code leads to. */
    public static byte[] render(String title, List<String> codes, java.util.function.Function<String, String> link) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Teilnahmecodes: " + title);
            document.setDocumentInformation(info);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float cellWidth = (PDRectangle.A4.getWidth() - 2 * MARGIN) / COLUMNS;
            float cellHeight = (PDRectangle.A4.getHeight() - 2 * MARGIN) / ROWS;
            for (int start = 0; start < codes.size(); start += COLUMNS * ROWS) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = start; i < Math.min(codes.size(), start + COLUMNS * ROWS); i++) {
                        int cell = i - start;
                        float x = MARGIN + (cell % COLUMNS) * cellWidth;
                        float top = PDRectangle.A4.getHeight() - MARGIN - (cell / COLUMNS) * cellHeight;
                        content.setLineWidth(0.5f);
                        content.setLineDashPattern(new float[] { 3, 3 }, 0);
                        content.addRect(x, top - cellHeight, cellWidth, cellHeight);
                        content.stroke();
                        content.setLineDashPattern(new float[] {}, 0);
                        drawQr(content, link.apply(codes.get(i)), x + 12, top - 12 - QR_SIZE);
                        float textX = x + 24 + QR_SIZE;
                        text(content, regular, 9, textX, top - 28, fit(title, 40));
                        text(content, regular, 9, textX, top - 50, "Ihr Teilnahmecode:");
                        text(content, bold, 15, textX, top - 70, codes.get(i));
                        text(content, regular, 8, textX, top - 92, "Einmal gültig. QR-Code scannen oder");
                        text(content, regular, 8, textX, top - 103, "Code auf der Seite eingeben.");
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
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
