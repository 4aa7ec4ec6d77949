package org.mitwirken.common.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A user's words as a PostgreSQL tsquery over the {@code german} configuration. Each word is cut to its root and
 * matched as a prefix, so "Wohnungen" also finds "Wohnen" and "Wohnung"; all words must match.
 */
public record SearchQuery(String tsquery) {
    private static final List<String> SUFFIXES = List.of("ungen", "ung", "ern", "en", "er", "es", "e", "n", "s");
    private static final int MIN_ROOT = 4;
    private static final int MAX_WORDS = 8;

    public static Optional<SearchQuery> parse(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < MAX_WORDS) {
                terms.add(root(word) + ":*");
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(String.join(" & ", terms)));
    }

    static String root(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
