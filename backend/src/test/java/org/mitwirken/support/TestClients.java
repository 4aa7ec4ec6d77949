package org.mitwirken.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for tests that must stay clear of each other's anonymous write limits: each call gives an address
 * no other test of this run uses. A random few out of a few hundred collided often enough to fail a limit test.
 */
public final class TestClients {
    /** Starts at a random place in 10.0.0.0/8, so runs within one limit window also pick different addresses. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 23));

    private TestClients() {
    }

    /** An address of 10.0.0.0/8 (as a proxy forwards it) that no earlier call of this run returned. */
    public static String uniqueAddress() {
        int n = NEXT.getAndIncrement() & 0xFFFFFF;
        return "10." + (n >> 16) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }
}
