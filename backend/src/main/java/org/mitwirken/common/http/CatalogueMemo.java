package org.mitwirken.common.http;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from catalogue data (a format's participation rules, say), kept in memory until the catalogue
 * version moves, and at most for the safety time. Each value remembers the version read before it was loaded, so a
 * value loaded while the catalogue changed is loaded again at the next call.
 */
public final class CatalogueMemo<K, V> {
    private static final int MAX_ENTRIES = 10_000;

    private final CatalogueVersion catalogue;
    private final Function<K, V> load;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long maxAgeNanos;

    CatalogueMemo(CatalogueVersion catalogue, Function<K, V> load, Duration maxAge) {
        this.catalogue = catalogue;
        this.load = load;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public V get(K key) {
        long version = currentVersion();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.version == version && System.nanoTime() - entry.loadedAtNanos < maxAgeNanos) {
            return entry.value;
        }
        V value = load.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value, System.nanoTime()));
        return value;
    }

    private long currentVersion() {
        try {
            return catalogue.current();
        } catch (SQLException e) {
            throw new IllegalStateException("Catalogue version unreadable", e);
        }
    }

    private record Entry<V>(long version, V value, long loadedAtNanos) {
    }
}
