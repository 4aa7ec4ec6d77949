package org.mitwirken.common.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a feature's full-text query. The SQL selects its columns and names the tsquery {@code q}, built from the
 * parameter {@code :query}; rows come back best first, at most {@code :limit}.
 */
public final class NativeSearch {

    private NativeSearch() {
    }

    public static List<SearchHit> run(EntityManager entityManager, String sql, SearchQuery query, int limit,
            Map<String, Object> parameters, Function<Object[], SearchHit> toHit) {
        Query nativeQuery = entityManager.createNativeQuery(sql).setParameter("query", query.tsquery())
                .setParameter("limit", limit);
        parameters.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery.getResultList();
        return rows.stream().map(toHit).toList();
    }

    public static double rank(Object value) {
        return ((Number) value).doubleValue();
    }
}
