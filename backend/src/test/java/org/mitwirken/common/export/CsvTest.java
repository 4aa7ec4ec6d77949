package org.mitwirken.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("CSV cells")
class CsvTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1|'=1+1",
        "@SUM(A1)|'@SUM(A1)",
        "+49 631 0|'+49 631 0",
        "-Kommentar|'-Kommentar",
        "` =HYPERLINK(1)`|' =HYPERLINK(1)",
        "-12.5|-12.5",
        "42|42",
        "Grünfläche|Grünfläche",
    })
    @DisplayName("a cell a spreadsheet would read as a formula starts with an apostrophe, also after blanks")
    void formulasNeutralised(String value, String written) {
        assertEquals(written, Csv.cell(value));
    }

    @Test
    @DisplayName("a formula after a line break or tab at the start is neutralised too")
    void breaksBeforeFormula() {
        assertEquals("\"'\n=1+1\"", Csv.cell("\n=1+1"));
        assertEquals("'\t=1+1", Csv.cell("\t=1+1"));
    }

    @Test
    @DisplayName("a cell holding ; is quoted, so spreadsheets that split at ; (German settings) keep it one cell")
    void semicolonQuoted() {
        assertEquals("\"Ort;=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("Ort;=HYPERLINK(\"http://x\")"));
        String file = Csv.write(List.of("a", "b"), List.of(List.of("x;=1+1", "y")));
        assertEquals("\uFEFFa,b\r\n\"x;=1+1\",y\r\n", file);
    }
}
