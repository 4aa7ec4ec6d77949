package org.mitwirken.common.search;

/**
 * What a {@link SearchSource} found: a hit before its excerpt is cut. The text is whole, so that excerpts are cut
 * only for the hits on the page asked for ({@link Excerpts}).
 *
 * @param text the text to cut the excerpt from, plain
 */
public record SearchMatch(SearchHitType type, String slug, String title, String text, String href, double rank,
        String anchor, SearchHit.CommentedItem commentOn) {

    /** A match of the city's content, which has no place on a page of its own and comments on nothing. */
    public static SearchMatch of(SearchHitType type, String slug, String title, String text, String href,
            double rank) {
        return new SearchMatch(type, slug, title, text, href, rank, null, null);
    }

    public SearchHit hit(Excerpts.Excerpt excerpt) {
        return new SearchHit(type, slug, title, excerpt.text(), href, rank, anchor, commentOn, excerpt.highlights());
    }
}
