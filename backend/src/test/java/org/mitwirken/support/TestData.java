package org.mitwirken.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.mitwirken.common.Actor;
import org.mitwirken.common.geo.Point;

/** Unique names and places for test data, so tests sharing one database never see each other's items. */
public final class TestData {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicInteger SPOTS = new AtomicInteger();
    private static final long RUN_NUMBER = System.nanoTime() % 1_000_000;
    private static final String RUN = Long.toString(RUN_NUMBER, 36);
    /** No vowels, and none of the letters German stemming cuts off (n, r, s), so a word stays whole. */
    private static final String WORD_LETTERS = "bcdfghjklmpqtvwxz";

    /*
     * Spots lie on a grid in the city's north-east, where no test places fixed points. Each cell is 0.005° wide, so
     * a district of up to 0.002° around a spot never overlaps another test's district, and a point placed there
     * never lands in one. Random places did overlap now and then, and a point then got the other test's district.
     */
    private static final double WEST = 7.8025;
    private static final double SOUTH = 49.4575;
    private static final double CELL = 0.005;
    private static final int COLUMNS = 24;
    private static final int ROWS = 12;

    private TestData() {
    }

    /**
     * An account as services take it. Under {@code @TestSecurity(user = "x")} the principal name, and so the subject,
     * is "x": an account made here with the same subject is the same account as that test user.
     */
    public static Actor account(String subject) {
        return new Actor(subject, subject);
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A word no other test in this run writes, of letters only, for full-text searches in the shared database. */
    public static String uniqueWord(String prefix) {
        long number = RUN_NUMBER * 1_000_000 + COUNTER.incrementAndGet();
        StringBuilder word = new StringBuilder(prefix);
        do {
            word.append(WORD_LETTERS.charAt((int) (number % WORD_LETTERS.length())));
            number /= WORD_LETTERS.length();
        } while (number > 0);
        return word.toString();
    }

    /** A point in the city that no other test in this run gets; room for a district of half-width 0.002°. */
    public static Point uniqueSpot() {
        int spot = SPOTS.getAndIncrement();
        if (spot >= COLUMNS * ROWS) {
            throw new IllegalStateException("all " + COLUMNS * ROWS + " test spots are taken; widen the grid");
        }
        return new Point(WEST + (spot % COLUMNS) * CELL, SOUTH + (spot / COLUMNS) * CELL);
    }
}
