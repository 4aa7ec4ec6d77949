package org.mitwirken.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** PostgreSQL takes at most 65,535 parameters per statement, so reads by many ids go in chunks. */
public final class IdChunks {
    private static final int MAX_IDS_PER_STATEMENT = 10_000;

    private IdChunks() {
    }

    public static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_STATEMENT)));
        }
        return chunks;
    }
}
