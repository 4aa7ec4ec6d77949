package org.mitwirken.common.search;

import java.util.List;

/** A feature's contribution to the site search: its published items matching the query, best first. */
public interface SearchSource {

    List<SearchHit> search(SearchQuery query, int limit);
}
