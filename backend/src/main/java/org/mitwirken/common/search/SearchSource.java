package org.mitwirken.common.search;

/** A feature's contribution to the site search: its public items matching the query. */
public interface SearchSource {

    /**
     * @param limit how many of the best matches are wanted; the site search asks for as many as the page it serves
     *        and those before it need
     */
    SourceHits search(SearchQuery query, int limit);
}
