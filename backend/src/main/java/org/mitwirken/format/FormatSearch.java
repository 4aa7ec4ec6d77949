package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;
import org.mitwirken.process.ProcessService;

@ApplicationScoped
public class FormatSearch implements SearchSource {
    private static final String SQL = """
            select f.slug, f.title, f.summary, ts_rank(f.search_vector, q) as rank, count(*) over ()
            from participation_format f, to_tsquery('german', :query) q
            where f.search_vector @@ q and f.publication_state = 'PUBLISHED' and f.process_id in (:processes)
            order by rank desc, f.title collate "C", f.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Inject
    ProcessService processes;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        List<UUID> visibleProcesses = processes.publishedIds();
        if (visibleProcesses.isEmpty()) {
            return SourceHits.none();
        }
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of("processes", visibleProcesses),
                row -> SearchMatch.of(SearchHitType.FORMAT, (String) row[0], (String) row[1], (String) row[2],
                        "/api/v1/formats/" + row[0], NativeSearch.rank(row[3])));
    }
}
