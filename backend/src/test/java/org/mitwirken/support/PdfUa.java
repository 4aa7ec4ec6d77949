package org.mitwirken.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF as an accessibility checker and a reader would: veraPDF against PDF/UA-1, and its text read back. */
public final class PdfUa {
    /** Names in four scripts that every PDF test puts in and expects back. */
    public static final String GERMAN = "Jürgen Weiß";
    public static final String TURKISH = "Gülşah İnce Işıkoğlu";
    public static final String CYRILLIC = "Людмила Иванова";
    public static final String ARABIC = "علاء حداد";
    public static final List<String> NAMES = List.of(GERMAN, TURKISH, CYRILLIC, ARABIC);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /**
     * veraPDF's PDF/UA-1 profile (the machine-checkable part of the Matterhorn Protocol) finds no failed rule.
     *
     * @return the number of checks veraPDF made, all passed
     */
    public static int assertCompliant(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED).toList();
            assertEquals(List.of(), failed.stream().map(assertion -> "rule " + assertion.getRuleId().getClause()
                    + "-" + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage() + " at "
                    + assertion.getLocation().getContext()).distinct().collect(Collectors.toList()),
                    "failed PDF/UA-1 rules");
            assertTrue(result.isCompliant(), "veraPDF calls it compliant");
            assertTrue(result.getTotalAssertions() > 0, "veraPDF checked something");
            return result.getTotalAssertions();
        }
    }

    /** The text as PDFBox extracts it (what copy and paste and search engines get). */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The characters of the glyphs as drawn, by their ToUnicode mapping, ignoring any ActualText. */
    public static String glyphs(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.append(text.getUnicode());
                    super.processTextPosition(text);
                }
            }.getText(document);
        }
        return glyphs.toString();
    }

    /** Each of the four names is in the extracted text as it was written (Helvetica made "?" of all but German). */
    public static void assertNamesReadBack(String text) {
        for (String name : NAMES) {
            assertTrue(text.contains(name), name + " in: " + text);
        }
    }
}
