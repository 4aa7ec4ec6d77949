package org.mitwirken.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique names for test data, so tests sharing one database never see each other's items. */
public final class TestData {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private TestData() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
