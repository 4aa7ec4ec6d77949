package org.mitwirken.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The content lines of an iCalendar object (RFC 5545, 3.1): TEXT values escaped (3.3.11), every line folded before
 * it passes 75 octets of UTF-8 without splitting a character, every line ended by CRLF.
 */
final class ICalendarLines {
    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** A property whose value is already in its type's syntax (dates, numbers, URIs, fixed words). */
    ICalendarLines line(String nameAndParameters, String value) {
        fold(nameAndParameters + ":" + value);
        return this;
    }

    /** A property of type TEXT, escaped. */
    ICalendarLines text(String name, String value) {
        return line(name, escape(value));
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Backslash, semicolon, comma and line breaks are escaped; other control characters are not allowed in TEXT and
     * are left out.
     */
    static String escape(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder escaped = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A continuation line starts with a space, which counts towards its 75 octets. */
    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
