package org.mitwirken.fieldofaction;

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

/** Finds published fields of action and their goals. */
@ApplicationScoped
public class FieldOfActionSearch implements SearchSource {
    private static final String FIELDS = """
            select f.slug, f.title, f.summary, ts_rank(f.search_vector, q) as rank, count(*) over ()
            from field_of_action f, to_tsquery('german', :query) q
            where f.search_vector @@ q and f.publication_state = 'PUBLISHED'
            order by rank desc, f.title collate "C", f.id limit :limit""";
    private static final String GOALS = """
            select f.slug, g.title, f.title, ts_rank(g.search_vector, q) as rank, count(*) over ()
            from goal g join field_of_action f on f.id = g.field_of_action_id, to_tsquery('german', :query) q
            where g.search_vector @@ q and f.publication_state = 'PUBLISHED'
            order by rank desc, g.title collate "C", g.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, FIELDS, query, limit, Map.of(),
                row -> match(SearchHitType.FIELD_OF_ACTION, row))
                .and(NativeSearch.run(entityManager, GOALS, query, limit, Map.of(), row -> match(SearchHitType.GOAL,
                        row)));
    }

    private static SearchMatch match(SearchHitType type, Object[] row) {
        return SearchMatch.of(type, (String) row[0], (String) row[1], (String) row[2],
                "/api/v1/fields-of-action/" + row[0], NativeSearch.rank(row[3]));
    }
}
