package org.mitwirken.synthesis;

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

/** Finds the city's official responses, by title and reason, on fields of action the public may see. */
@ApplicationScoped
public class OfficialResponseSearch implements SearchSource {
    private static final String SQL = """
            select r.id, f.slug, r.title, r.reason, ts_rank(r.search_vector, q) as rank, count(*) over ()
            from official_response r join public_field_of_action f on f.id = r.field_of_action_id,
                to_tsquery('german', :query) q
            where r.search_vector @@ q
            order by rank desc, r.title collate "C", r.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of(),
                row -> new SearchMatch(SearchHitType.OFFICIAL_RESPONSE, (String) row[1], (String) row[2],
                        (String) row[3], "/api/v1/outcomes/fields-of-action/" + row[1], NativeSearch.rank(row[4]),
                        row[0].toString(), null));
    }
}
