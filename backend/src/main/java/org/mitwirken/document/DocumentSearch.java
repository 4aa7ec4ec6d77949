package org.mitwirken.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHit;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Finds documents by title; only those of formats the public may see. */
@ApplicationScoped
public class DocumentSearch implements SearchSource {
    private static final String SQL = """
            select d.id, d.title, d.format_id, ts_rank(d.search_vector, q) as rank
            from document d, to_tsquery('german', :query) q
            where d.search_vector @@ q
            order by rank desc, d.title limit :limit""";

    @Inject
    EntityManager entityManager;

    @Inject
    FormatService formats;

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return NativeSearch.run(entityManager, SQL, query, limit * 2, Map.of(), row -> {
            Optional<FormatRef> format = formats.findRef((UUID) row[2]).filter(FormatRef::publiclyVisible);
            return format.map(ref -> new SearchHit(SearchHitType.DOCUMENT, ref.slug(), (String) row[1],
                    ref.title(), "/api/v1/documents/" + row[0] + "/file", NativeSearch.rank(row[3]))).orElse(null);
        }).stream().filter(Objects::nonNull).limit(limit).toList();
    }
}
