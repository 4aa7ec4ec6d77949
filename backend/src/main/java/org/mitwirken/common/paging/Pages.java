package org.mitwirken.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged list, for exports that need all items. */
public final class Pages {
    private Pages() {
    }

    public static <T> List<T> all(Function<PageRequest, PageResponse<T>> list) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<T> response = list.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            items.addAll(response.items());
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= response.total()) {
                return items;
            }
        }
    }
}
