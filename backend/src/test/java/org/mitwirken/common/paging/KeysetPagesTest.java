package org.mitwirken.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading an export slice by slice")
class KeysetPagesTest {

    @Test
    @DisplayName("yields the items of every slice in order, skips empty slices, and stops where no next key is given")
    void readsUntilNoNextKey() {
        List<List<Integer>> slices = List.of(List.of(1, 2), List.of(), List.of(), List.of(3), List.of(4, 5));
        List<Integer> keysAsked = new ArrayList<>();
        KeysetPages<Integer, Integer> pages = new KeysetPages<>(key -> {
            int at = key == null ? 0 : key;
            keysAsked.add(at);
            return new KeysetPages.Slice<>(slices.get(at), at + 1 < slices.size() ? at + 1 : null);
        });

        List<Integer> read = new ArrayList<>();
        pages.forEach(read::add);

        assertEquals(List.of(1, 2, 3, 4, 5), read);
        assertEquals(IntStream.range(0, slices.size()).boxed().toList(), keysAsked);
    }

    @Test
    @DisplayName("an empty first slice without a next key yields nothing")
    void emptyExport() {
        assertFalse(new KeysetPages<Integer, Integer>(key -> new KeysetPages.Slice<>(List.of(), null))
                .iterator().hasNext());
    }
}
