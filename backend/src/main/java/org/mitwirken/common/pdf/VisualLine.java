package org.mitwirken.common.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * One line of text as it is put on the page, left to right: cut into runs of one direction by the Unicode
 * bidirectional algorithm (the JDK's {@link Bidi}) and put in visual order; in each, characters no font can show
 * replaced by U+FFFD (a visible placeholder), Arabic letters joined ({@link ArabicShaping}), and right-to-left runs
 * reversed, keeping each letter's combining marks after it and mirroring brackets. The writer keeps each changed
 * run's logical text as its ActualText, which screen readers and text extraction read instead of the glyphs.
 */
final class VisualLine {
    static final int PLACEHOLDER = 0xFFFD;
    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(Map.entry((int) '(', (int) ')'),
            Map.entry((int) ')', (int) '('), Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'), Map.entry((int) '<', (int) '>'),
            Map.entry((int) '>', (int) '<'), Map.entry((int) '«', (int) '»'), Map.entry((int) '»', (int) '«'),
            Map.entry((int) '‹', (int) '›'), Map.entry((int) '›', (int) '‹'));

    private VisualLine() {
    }

    /** A run of one direction: the text as written, and as drawn from left to right. */
    record Segment(String logical, String visual) {
    }

    /**
     * The line's runs in the order they are drawn, left to right.
     *
     * @param shown whether a code point has a glyph in the fonts at hand
     */
    static List<Segment> of(String logical, IntPredicate shown) {
        if (!Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return List.of(new Segment(logical, drawn(logical, shown)));
        }
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        List<Segment> segments = new ArrayList<>(count);
        for (int run : runs) {
            String part = logical.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            String drawn = drawn(part, shown);
            segments.add(new Segment(part, (bidi.getRunLevel(run) & 1) == 0 ? drawn : reversed(drawn)));
        }
        return segments;
    }

    /** Whether the line reads from right to left: its first strong character is Arabic, Hebrew or the like. */
    static boolean rightToLeft(String logical) {
        return !new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** Still in logical order: placeholders for what no font has, Arabic joined. */
    private static String drawn(String logical, IntPredicate shown) {
        StringBuilder printable = new StringBuilder(logical.length());
        logical.codePoints().forEach(cp -> {
            if (shown.test(cp)) {
                printable.appendCodePoint(cp);
            } else if (!invisible(cp)) {
                printable.appendCodePoint(PLACEHOLDER);
            }
        });
        return ArabicShaping.shape(printable.toString(), shown);
    }

    /** Right to left by letter: a letter's combining marks stay after it, where the font expects them. */
    private static String reversed(String run) {
        List<StringBuilder> clusters = new ArrayList<>();
        run.codePoints().forEach(cp -> {
            if (clusters.isEmpty() || !mark(cp)) {
                clusters.add(new StringBuilder().appendCodePoint(MIRRORED.getOrDefault(cp, cp)));
            } else {
                clusters.get(clusters.size() - 1).appendCodePoint(cp);
            }
        });
        StringBuilder out = new StringBuilder(run.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            out.append(clusters.get(i));
        }
        return out.toString();
    }

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Control characters, variation selectors, joiners and the like: without a glyph they are left out rather than
     * shown as missing.
     */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }
}
