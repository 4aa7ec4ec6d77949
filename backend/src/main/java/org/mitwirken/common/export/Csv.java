package org.mitwirken.common.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read umlauts right. Cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

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
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        String safe = formula ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
