package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;

/** Finds published map contributions, by title and text, in the map portals of formats the public may see. */
@ApplicationScoped
public class MapContributionSearch implements SearchSource {
    private static final String SQL = """
            select m.id, f.slug, m.title, m.text, ts_rank(m.search_vector, q) as rank, count(*) over ()
            from map_contribution m join public_format f on f.id = m.format_id, to_tsquery('german', :query) q
            where m.search_vector @@ q and m.state = 'PUBLISHED'
            order by rank desc, m.title collate "C", m.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of(),
                row -> new SearchMatch(SearchHitType.MAP_CONTRIBUTION, (String) row[1], (String) row[2],
                        (String) row[3], "/api/v1/map-contributions/" + row[0], NativeSearch.rank(row[4]),
                        row[0].toString(), null));
    }
}
