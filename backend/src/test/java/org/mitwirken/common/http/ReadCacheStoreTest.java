package org.mitwirken.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The read cache's store")
class ReadCacheStoreTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(42 * SECOND);

    private ReadCacheStore.Entry entry(int bytes, long lifetimeNanos) {
        return new ReadCacheStore.Entry(1, now.get() + lifetimeNanos, new byte[bytes], new EntityTag("e"),
                MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    @DisplayName("never holds more bytes than its budget: the oldest answers go first")
    void boundedByBytes() {
        ReadCacheStore store = new ReadCacheStore(100_000, now::get);
        for (int i = 0; i < 1000; i++) {
            store.put("/api/v1/formats?page=" + i, entry(5_000, 60 * SECOND));
            assertTrue(store.bytes() <= 100_000, "after " + i + " answers: " + store.bytes() + " bytes");
        }
        assertNull(store.valid("/api/v1/formats?page=0", 1));
        assertNotNull(store.valid("/api/v1/formats?page=999", 1));
        assertTrue(store.keys().size() < 20);
    }

    @Test
    @DisplayName("an answer too large for a fair share of the budget is not kept at all")
    void largeAnswersNotKept() {
        ReadCacheStore store = new ReadCacheStore(100_000, now::get);
        store.put("/api/v1/comments?huge", entry(50_000, 60 * SECOND));
        assertEquals(0, store.bytes());
        assertFalse(store.keys().contains("/api/v1/comments?huge"));
    }

    @Test
    @DisplayName("expired answers are swept out even when nobody asks for them again")
    void expiredSwept() {
        ReadCacheStore store = new ReadCacheStore(100_000, now::get);
        store.put("/api/v1/comments?a", entry(1_000, SECOND));
        now.addAndGet(2 * SECOND);
        store.put("/api/v1/comments?b", entry(1_000, SECOND));
        assertEquals(java.util.Set.of("/api/v1/comments?b"), store.keys());
    }

    @Test
    @DisplayName("an answer of an older stamp or past its time is dropped when asked for")
    void outdatedDropped() {
        ReadCacheStore store = new ReadCacheStore(100_000, now::get);
        store.put("k", entry(1_000, SECOND));
        assertNull(store.valid("k", 2));
        assertTrue(store.keys().isEmpty());
        assertEquals(0, store.bytes());
    }
}
