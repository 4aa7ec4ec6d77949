package org.mitwirken.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mitwirken.common.search.NativeSearch;
import org.mitwirken.common.search.SearchHitType;
import org.mitwirken.common.search.SearchMatch;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;
import org.mitwirken.common.search.SourceHits;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Finds documents by title; only those of formats the public may see. */
@ApplicationScoped
public class DocumentSearch implements SearchSource {
    private static final String SQL = """
            select d.id, d.title, d.format_id, ts_rank(d.search_vector, q) as rank, count(*) over ()
            from document d, to_tsquery('german', :query) q
            where d.search_vector @@ q and d.format_id in (:formats)
            order by rank desc, d.title collate "C", d.id limit :limit""";

    @Inject
    EntityManager entityManager;

    @Inject
    FormatService formats;

    @Override
    public SourceHits search(SearchQuery query, int limit) {
        Map<UUID, FormatRef> visible = formats.publicRefs().stream()
                .collect(Collectors.toMap(FormatRef::id, Function.identity()));
        if (visible.isEmpty()) {
            return SourceHits.none();
        }
        return NativeSearch.run(entityManager, SQL, query, limit, Map.of("formats", visible.keySet()), row -> {
            FormatRef format = visible.get((UUID) row[2]);
            return SearchMatch.of(SearchHitType.DOCUMENT, format.slug(), (String) row[1], format.title(),
                    "/api/v1/documents/" + row[0] + "/file", NativeSearch.rank(row[3]));
        });
    }
}
