package org.mitwirken.common.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ValidationProblem;

/**
 * Parses a {@code sort} parameter such as {@code startsOn,-title} against the fields a list allows.
 * An id tie-breaker keeps pages deterministic when sort keys are equal.
 */
public final class SortOrder {

    private SortOrder() {
    }

    public static Sort parse(String sortParameter, Map<String, String> allowedFields, String defaultSort) {
        String effective = sortParameter == null || sortParameter.isBlank() ? defaultSort : sortParameter;
        Sort sort = null;
        for (String token : effective.split(",")) {
            String trimmed = token.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            String column = allowedFields.get(field);
            if (column == null) {
                throw ValidationProblem.of("sort", GeneralCode.ONE_OF, Map.of("allowed", allowedFields.keySet()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(column, direction) : sort.and(column, direction);
        }
        return sort.and("id");
    }
}
