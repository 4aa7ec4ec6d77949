package org.mitwirken.common.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Joins Arabic letters the way a shaping engine would, but with the Unicode presentation forms (U+FB50–U+FBFF,
 * U+FE80–U+FEFC) instead of the font's OpenType tables, which PDFBox does not apply to Arabic: each letter takes its
 * isolated, final, initial or medial form by its neighbours, and lam with alef becomes one ligature. That covers
 * Arabic as written in names and short texts (and Persian and Urdu letters that have presentation forms); what it
 * cannot do is what only the font's GSUB/GPOS tables know: further ligatures, mark positioning above or below the
 * joined letter, Nastaliq. Text extraction and screen readers get the original letters back: presentation forms
 * decompose to them (NFKC), and the writer adds the logical text as ActualText.
 * <p>
 * The table is derived from the JDK's Unicode character names and decompositions rather than typed in.
 */
final class ArabicShaping {
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    /** Letter → its forms by {@link #ISOLATED}…{@link #MEDIAL}; 0 where it has none. */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alef (after lam) → the isolated and final forms of the lam-alef ligature. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        collect(0xFB50, 0xFBFF);
        collect(0xFE80, 0xFEFC);
    }

    private ArabicShaping() {
    }

    /**
     * The text with its Arabic letters in contextual forms, still in logical order.
     *
     * @param shown whether the font has a glyph for a presentation form; a form it lacks stays the plain letter
     */
    static String shape(String text, IntPredicate shown) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinsLeft(previous(cps, i)) && forms[FINAL] != 0;
            int next = next(cps, i);
            if (cp == LAM && i + 1 < cps.length && LAM_ALEF.containsKey(cps[i + 1])) {
                int ligature = LAM_ALEF.get(cps[i + 1])[joinsBefore ? FINAL : ISOLATED];
                if (shown.test(ligature)) {
                    out.appendCodePoint(ligature);
                    i++;
                    continue;
                }
            }
            boolean joinsAfter = forms[INITIAL] != 0 && joinsRight(next);
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            int shaped = forms[form];
            out.appendCodePoint(shaped != 0 && shown.test(shaped) ? shaped : cp);
        }
        return out.toString();
    }

    /** Whether a letter before another joins it: dual-joining letters, tatweel and ZWJ do. */
    private static boolean joinsLeft(int cp) {
        int[] forms = FORMS.get(cp);
        return cp == TATWEEL || cp == ZWJ || forms != null && forms[INITIAL] != 0;
    }

    /** Whether a letter after another joins it: every letter with a final form, tatweel and ZWJ do. */
    private static boolean joinsRight(int cp) {
        int[] forms = FORMS.get(cp);
        return cp == TATWEEL || cp == ZWJ || forms != null && forms[FINAL] != 0;
    }

    /** The neighbour that decides the joining, skipping transparent marks; -1 at the text's edge. */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    /** Unicode's joining type T: marks and format characters other than ZWNJ and ZWJ. */
    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return cp != ZWNJ && cp != ZWJ && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT);
    }

    private static void collect(int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            String name = Character.getName(cp);
            int form = name == null ? -1 : name.endsWith(" ISOLATED FORM") ? ISOLATED : name.endsWith(" FINAL FORM")
                    ? FINAL : name.endsWith(" INITIAL FORM") ? INITIAL : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
            if (form < 0) {
                continue;
            }
            int[] base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).codePoints()
                    .toArray();
            if (base.length == 1 && Character.UnicodeScript.of(base[0]) == Character.UnicodeScript.ARABIC) {
                FORMS.computeIfAbsent(base[0], letter -> new int[4])[form] = cp;
            } else if (base.length == 2 && base[0] == LAM && form <= FINAL) {
                LAM_ALEF.computeIfAbsent(base[1], alef -> new int[2])[form] = cp;
            }
        }
    }
}
