package org.mitwirken.common.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read umlauts right. Cells that a
 * spreadsheet would run as a formula (= + - @ first, also after leading blanks or line breaks) get a leading apostrophe.
 * Spreadsheets set to German open CSV with {@code ;} as separator: cells holding one are quoted, so no part of a cell
 * becomes a cell of its own there.
 */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SEPARATOR_OR_BREAK = Pattern.compile("[,;\"\\r\\n]");

    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter csv = new StringWriter();
        try {
            write(csv, header, rows);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }

    /** Writes each row as it comes, for files too large to build in memory. */
    public static void write(Writer csv, List<String> header, Iterable<List<String>> rows) throws IOException {
        csv.write(BOM);
        line(csv, header);
        for (List<String> row : rows) {
            line(csv, row);
        }
    }

    private static void line(Writer csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cell(cells.get(i)));
        }
        csv.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = readAsFormula(value) ? "'" + value : value;
        boolean quote = SEPARATOR_OR_BREAK.matcher(safe).find() || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean readAsFormula(String value) {
        String start = value.stripLeading();
        return !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
                || !value.isEmpty() && "\t\r\n".indexOf(value.charAt(0)) >= 0;
    }
}
