package org.mitwirken.interview;

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

@ApplicationScoped
public class InterviewNoteSearch implements SearchSource {
    private static final String SQL = """
            select n.slug, n.title, n.stakeholder, ts_rank(n.search_vector, q) as rank, count(*) over ()
            from interview_note n, to_tsquery('german', :query) q
            where n.search_vector @@ q and n.publication_state = 'PUBLISHED'
            order by rank desc, n.title collate "C", n.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of(),
                row -> SearchMatch.of(SearchHitType.INTERVIEW_NOTE, (String) row[0], (String) row[1], (String) row[2],
                        "/api/v1/interview-notes/" + row[0], NativeSearch.rank(row[3])));
    }
}
