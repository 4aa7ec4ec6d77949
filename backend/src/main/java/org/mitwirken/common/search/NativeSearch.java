package org.mitwirken.common.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a feature's full-text query. The SQL selects its columns and names the tsquery {@code q}, built from the
 * parameter {@code :query}; rows come back best first, at most {@code :limit}, and the last column is
 * {@code count(*) over ()}: how many match in all.
 */
public final class NativeSearch {

    private NativeSearch() {
    }

    public static SourceHits run(EntityManager entityManager, String sql, SearchQuery query, int limit,
            Map<String, Object> parameters, Function<Object[], SearchMatch> toMatch) {
        Query nativeQuery = entityManager.createNativeQuery(sql).setParameter("query", query.tsquery())
                .setParameter("limit", limit);
        parameters.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery.getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[rows.get(0).length - 1]).longValue();
        return new SourceHits(rows.stream().map(toMatch).toList(), total);
    }

    public static double rank(Object value) {
        return ((Number) value).doubleValue();
    }
}
