package org.mitwirken.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Demo PDFs")
class SimplePdfTest {

    @Test
    @DisplayName("are real PDFs whose cross-reference table points at each object")
    void crossReferencesPointAtObjects() {
        byte[] pdf = SimplePdf.page("Präsentation", List.of("Zeile (mit Klammern)"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertTrue(text.startsWith("%PDF-1.4"));
        assertTrue(text.endsWith("%%EOF\n"));
        Matcher startXref = Pattern.compile("startxref\n(\\d+)").matcher(text);
        assertTrue(startXref.find());
        assertTrue(text.startsWith("xref", Integer.parseInt(startXref.group(1))));
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n").matcher(text);
        for (int object = 1; entries.find(); object++) {
            assertTrue(text.startsWith(object + " 0 obj", Integer.parseInt(entries.group(1))), "object " + object);
        }
        assertTrue(text.contains("Pr\u00e4sentation"), "umlauts in WinAnsi");
        assertEquals(-1, text.indexOf("(Zeile (mit")); 
    }
}
