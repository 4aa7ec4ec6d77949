package org.mitwirken.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the zero-based page number, the page size and the total count. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
