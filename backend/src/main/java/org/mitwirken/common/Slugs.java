package org.mitwirken.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Derives URL slugs from German titles: "Zukunftswerkstatt Oktober 2024" becomes "zukunftswerkstatt-oktober-2024". */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String transliterated = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(transliterated, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug derived from the title, numbered ("-2", "-3", …) until it is not taken. */
    public static String firstFree(String title, Predicate<String> taken) {
        String base = fromTitle(title);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
