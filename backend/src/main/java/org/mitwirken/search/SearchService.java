package org.mitwirken.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mitwirken.common.search.Excerpts;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;

/**
 * Asks every feature's {@link SearchSource} and merges their matches by rank. For page p each source gives its best
 * (p + 1) × size, so the page is exact; hence pages reach only so deep ({@link #MAX_DEPTH}).
 */
@ApplicationScoped
public class SearchService {
    /** How many hits, counted from the best, pages may reach. */
    static final int MAX_DEPTH = 1000;
    /**
     * Best first; equal ranks by title as the sources order them (by code point). The sort is stable, so what the
     * comparator leaves equal stays in each source's order.
     */
    private static final Comparator<SearchMatch> ORDER = Comparator.comparingDouble(SearchMatch::rank).reversed()
            .thenComparing(SearchMatch::title);

    @Inject
    Instance<SearchSource> sources;

    @Inject
    Excerpts excerpts;

    public SearchResponse search(String text, int page, int size) {
        return SearchQuery.parse(text).map(query -> {
            int depth = (page + 1) * size;
            SourceHits all = sources.stream().map(source -> source.search(query, depth))
                    .reduce(SourceHits.none(), SourceHits::and);
            List<SearchMatch> ranked = new ArrayList<>(all.best());
            ranked.sort(ORDER);
            List<SearchMatch> shown = ranked.subList(Math.min(page * size, ranked.size()),
                    Math.min(depth, ranked.size()));
            List<Excerpts.Excerpt> cut = excerpts.cut(query, shown.stream().map(SearchMatch::text).toList());
            return new SearchResponse(text, IntStream.range(0, shown.size())
                    .mapToObj(i -> shown.get(i).hit(cut.get(i))).toList(), page, size, all.total());
        }).orElseGet(() -> new SearchResponse(text, List.of(), page, size, 0));
    }
}
