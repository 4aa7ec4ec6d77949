package org.mitwirken.common.export;

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
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
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
