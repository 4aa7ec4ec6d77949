package org.mitwirken.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A flowing A4 text document: headings, wrapped paragraphs and labelled bars, new pages as needed. */
final class PdfWriter implements AutoCloseable {
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PdfWriter(String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        document.setDocumentInformation(info);
        newPage();
    }

    void heading(String text, float size) {
        space(size);
        paragraph(text, bold, size);
    }

    void paragraph(String text) {
        paragraph(text, regular, 10);
    }

    /** A label, a bar as long as share × the available width, and the shown value. */
    void bar(String label, double share, String shown) {
        ensure(16);
        write(regular, 9, MARGIN, y - 9, fit(label, 200));
        try {
            content.setNonStrokingColor(0.04f, 0.33f, 0.58f);
            content.addRect(MARGIN + 210, y - 10, (float) Math.max(0, Math.min(1, share)) * (WIDTH - 270), 9);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(regular, 9, MARGIN + WIDTH - 55, y - 9, shown);
        y -= 15;
    }

    byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
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

    private void paragraph(String text, PDType1Font font, float size) {
        for (String line : wrap(text.replace('\n', ' '), font, size)) {
            ensure(size * 1.4f);
            write(font, size, MARGIN, y - size, line);
            y -= size * 1.4f;
        }
    }

    private void space(float size) {
        y -= size * 0.6f;
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDType1Font font, float size, float x, float baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDType1Font font, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fit(String text, float max) {
        String shortened = text;
        while (width(shortened, regular, 9) > max && shortened.length() > 2) {
            shortened = shortened.substring(0, shortened.length() - 2) + "…";
        }
        return shortened;
    }

    /** The standard fonts speak WinAnsi: umlauts and ß yes, other scripts become "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(encodable(cp) ? cp : '?'));
        return out.toString();
    }

    private boolean encodable(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
