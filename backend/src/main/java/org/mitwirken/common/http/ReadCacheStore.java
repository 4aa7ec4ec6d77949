package org.mitwirken.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The kept answers, held to a budget of bytes: the oldest go first when a new one would exceed it, and expired ones
 * are swept out at most once a second, so neither many keys nor large answers can fill the heap.
 */
final class ReadCacheStore {

    /** The stamp is the catalogue version or the count of local transactions, whichever the answer depends on. */
    record Entry(long stamp, long expiresAtNanos, byte[] body, EntityTag etag, MediaType type) {
        long bytes() {
            return body.length + 200L;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Queue<String> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong nextSweepNanos = new AtomicLong();
    private final long maxBytes;
    private final LongSupplier nanoClock;

    ReadCacheStore(long maxBytes, LongSupplier nanoClock) {
        this.maxBytes = maxBytes;
        this.nanoClock = nanoClock;
    }

    /** The entry for the key if it is of this stamp and not expired; an outdated one is dropped. */
    Entry valid(String key, long stamp) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.stamp() != stamp || expired(entry, nanoClock.getAsLong())) {
            drop(key, entry);
            return null;
        }
        return entry;
    }

    void put(String key, Entry entry) {
        if (entry.bytes() > maxBytes / 16) {
            return;
        }
        sweepExpired();
        Entry before = entries.put(key, entry);
        bytes.addAndGet(entry.bytes() - (before == null ? 0 : before.bytes()));
        if (before == null) {
            arrivals.add(key);
        }
        while (bytes.get() > maxBytes) {
            String oldest = arrivals.poll();
            if (oldest == null) {
                break;
            }
            Entry evicted = entries.get(oldest);
            if (evicted != null) {
                drop(oldest, evicted);
            }
        }
    }

    long bytes() {
        return bytes.get();
    }

    Set<String> keys() {
        return entries.keySet();
    }

    private void sweepExpired() {
        long now = nanoClock.getAsLong();
        long next = nextSweepNanos.get();
        if (now - next < 0 || !nextSweepNanos.compareAndSet(next, now + 1_000_000_000L)) {
            return;
        }
        entries.forEach((key, entry) -> {
            if (expired(entry, now)) {
                drop(key, entry);
            }
        });
        arrivals.removeIf(key -> !entries.containsKey(key));
    }

    private void drop(String key, Entry entry) {
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.bytes());
        }
    }

    private static boolean expired(Entry entry, long now) {
        return now - entry.expiresAtNanos() > 0;
    }
}
