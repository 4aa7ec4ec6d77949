package org.mitwirken.common.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Items read a slice at a time while they are iterated, so an export of any size holds one slice in memory. The
 * reader gets the key where the slice starts (null at first) and returns the slice with the key of the next one.
 *
 * @param <K> what a reader needs to go on where the last slice ended, such as the last row's sort key
 */
public final class KeysetPages<K, T> implements Iterable<T> {

    /** Items of one slice, which may be empty when all its rows were filtered out; no next key ends the reading. */
    public record Slice<K, T>(List<T> items, K next) {
    }

    private final Function<K, Slice<K, T>> reader;

    public KeysetPages(Function<K, Slice<K, T>> reader) {
        this.reader = reader;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Slice<K, T> slice = reader.apply(null);
            private int next;

            @Override
            public boolean hasNext() {
                while (next == slice.items().size() && slice.next() != null) {
                    slice = reader.apply(slice.next());
                    next = 0;
                }
                return next < slice.items().size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return slice.items().get(next++);
            }
        };
    }
}
