package org.mitwirken.common.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Cuts excerpts with PostgreSQL's {@code ts_headline}: the passages where the words searched for stand, with those
 * words marked. The marks come back as positions, never as markup, so the excerpt stays plain text. Cutting re-reads
 * each text, so it runs only for the hits of the page served, in one statement.
 */
@ApplicationScoped
public class Excerpts {
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    static final String GAP = " … ";
    private static final String MARKS = "StartSel=" + START + ", StopSel=" + STOP;
    /** Texts up to this long are shown whole: cutting would only drop a first short word or a full stop. */
    static final int WHOLE = 240;
    private static final String CUT = MARKS + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\""
            + GAP + "\"";

    @Inject
    EntityManager entityManager;

    /** A piece of a text, and the ranges in it that match. */
    public record Excerpt(String text, List<SearchHit.Highlight> highlights) {
    }

    /** The excerpts of these texts, in their order. */
    public List<Excerpt> cut(SearchQuery query, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        // The marks must be the only control characters the headline holds.
        List<String> clean = texts.stream().map(text -> text.replace(String.valueOf(START), "")
                .replace(String.valueOf(STOP), "")).toList();
        String array = IntStream.range(0, clean.size()).mapToObj(i -> "cast(:t" + i + " as text)")
                .collect(Collectors.joining(", "));
        Query headlines = entityManager.createNativeQuery("select ts_headline('german', x.text, q, "
                + "case when length(x.text) <= " + WHOLE + " then :whole else :cut end) "
                + "from unnest(array[" + array + "]) with ordinality as x(text, n), to_tsquery('german', :query) q "
                + "order by x.n").setParameter("whole", MARKS + ", HighlightAll=true").setParameter("cut", CUT)
                .setParameter("query", query.tsquery());
        for (int i = 0; i < clean.size(); i++) {
            headlines.setParameter("t" + i, clean.get(i));
        }
        @SuppressWarnings("unchecked")
        List<String> cut = headlines.getResultList();
        return IntStream.range(0, clean.size()).mapToObj(i -> excerpt(cut.get(i), clean.get(i))).toList();
    }

    /**
     * The headline without its marks, their places as highlights, and "…" where the headline leaves out the text's
     * beginning or end.
     */
    static Excerpt excerpt(String headline, String text) {
        StringBuilder plain = new StringBuilder();
        List<SearchHit.Highlight> highlights = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START) {
                start = plain.length();
            } else if (c == STOP) {
                if (start >= 0 && plain.length() > start) {
                    highlights.add(new SearchHit.Highlight(start, plain.length()));
                }
                start = -1;
            } else {
                plain.append(c);
            }
        }
        String cut = plain.toString();
        int firstGap = cut.indexOf(GAP);
        int lastGap = cut.lastIndexOf(GAP);
        String first = (firstGap < 0 ? cut : cut.substring(0, firstGap)).strip();
        String last = (lastGap < 0 ? cut : cut.substring(lastGap + GAP.length())).strip();
        String head = text.stripLeading().startsWith(first) ? "" : "… ";
        String tail = text.stripTrailing().endsWith(last) ? "" : " …";
        List<SearchHit.Highlight> shifted = highlights.stream()
                .map(h -> new SearchHit.Highlight(h.start() + head.length(), h.end() + head.length())).toList();
        return new Excerpt(head + cut + tail, shifted);
    }
}
