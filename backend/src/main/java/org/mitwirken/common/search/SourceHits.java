package org.mitwirken.common.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A source's best matches, in its order (rank, then title, then something unique), and how many it has in all.
 * Sources order titles by code point ({@code collate "C"}) as Java compares strings, so that merging keeps each
 * source's order and a page never skips or repeats a hit.
 */
public record SourceHits(List<SearchMatch> best, long total) {

    public static SourceHits none() {
        return new SourceHits(List.of(), 0);
    }

    /** Both sources' matches, this one's first; each keeps its order. */
    public SourceHits and(SourceHits other) {
        List<SearchMatch> all = new ArrayList<>(best);
        all.addAll(other.best);
        return new SourceHits(all, total + other.total);
    }
}
