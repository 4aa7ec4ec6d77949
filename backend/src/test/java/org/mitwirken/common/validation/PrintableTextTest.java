package org.mitwirken.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Names as people read them (@PrintableText)")
class PrintableTextTest {
    private final PrintableText.Validator validator = new PrintableText.Validator();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "Mölschbach", "Straße am Gießenberg", "İstanbul Çarşı", "Ünal Şahin", "Мария Петрова",
            "سارة", "王芳", "Ana & João", "Grüne Mitte 🌳", "Familie 👨‍👩‍👧", "O’Neill-Platz", "Zoë",
            "Nguyễn Văn A" })
    @DisplayName("every script, emoji sequence and punctuation with an assigned code point passes")
    void accepted(String name) {
        assertTrue(validator.isValid(name, null));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = { "0000", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "2028", "2029", "202E",
            "2066", "E000", "F8FF", "F0000", "0378", "FFFF", "10FFFF", "D800" })
    @DisplayName("control characters, line breaks, bidirectional overrides, private use, unassigned and lone "
            + "surrogates are refused")
    void refused(String hex) {
        int codePoint = Integer.parseInt(hex, 16);
        String name = "Anna" + (Character.isBmpCodePoint(codePoint) ? String.valueOf((char) codePoint)
                : new String(Character.toChars(codePoint))) + "Platz";
        assertFalse(validator.isValid(name, null));
    }
}
