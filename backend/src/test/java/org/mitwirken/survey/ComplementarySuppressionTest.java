package org.mitwirken.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.survey.ComplementarySuppression.hiddenCells;
import static org.mitwirken.survey.ComplementarySuppression.hiddenGroups;
import static org.mitwirken.survey.ComplementarySuppression.withholdsMean;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Complementary suppression")
class ComplementarySuppressionTest {
    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    @DisplayName("one small group is never alone: the next-smallest is suppressed too")
    void smallGroupTakesTheNextSmallest() {
        assertArrayEquals(new boolean[] { T, F, T, F }, hiddenGroups(new long[] { 3, 20, 8, 50 }, 81));
    }

    @Test
    @DisplayName("the suppressed groups together hold at least five responses")
    void hiddenGroupsHoldFive() {
        assertArrayEquals(new boolean[] { T, T, F, T }, hiddenGroups(new long[] { 2, 2, 30, 12 }, 46));
        assertArrayEquals(new boolean[] { T, T, F, F }, hiddenGroups(new long[] { 3, 2, 30, 12 }, 47),
                "two small groups of five together need no third");
    }

    @Test
    @DisplayName("those who skipped the breakdown question are a hidden group: five of them shield a small group, "
            + "one to four need company themselves")
    void skippedBreakdownQuestionIsAHiddenGroup() {
        assertArrayEquals(new boolean[] { T, F, F }, hiddenGroups(new long[] { 3, 20, 30 }, 60));
        assertArrayEquals(new boolean[] { T, F }, hiddenGroups(new long[] { 20, 30 }, 52));
    }

    @Test
    @DisplayName("without a small group nothing is withheld; an empty group is withheld but shields nobody")
    void noSmallGroupNoSuppression() {
        assertArrayEquals(new boolean[] { F, F }, hiddenGroups(new long[] { 5, 20 }, 35));
        assertArrayEquals(new boolean[] { T, F, F }, hiddenGroups(new long[] { 0, 20, 30 }, 50));
        assertArrayEquals(new boolean[] { T, T, T, F }, hiddenGroups(new long[] { 0, 3, 30, 40 }, 73));
    }

    @Test
    @DisplayName("a lone suppressed cell takes its smallest neighbour with it")
    void loneCellTakesSmallestNeighbour() {
        boolean[][] hidden = hiddenCells(new long[][] { { 3, 9, 7, 20 }, { 6, 8, 5, 10 } }, new boolean[] { T, F });
        assertArrayEquals(new boolean[] { T, F, T, F }, hidden[0]);
    }

    @Test
    @DisplayName("the suppressed cells of a row together hold at least five responses")
    void hiddenCellsHoldFive() {
        boolean[][] hidden = hiddenCells(new long[][] { { 1, 2, 6, 30 }, { 5, 5, 5, 5 } }, new boolean[] { T, F });
        assertArrayEquals(new boolean[] { T, T, T, F }, hidden[0]);
    }

    @Test
    @DisplayName("a column is guarded like a row: the overall count minus the other groups does not reveal a cell")
    void columnsAreGuardedToo() {
        boolean[][] hidden = hiddenCells(new long[][] { { 3, 10, 12 }, { 20, 15, 25 }, { 0, 0, 0 } },
                new boolean[] { T, T, F });
        assertArrayEquals(new boolean[] { T, T, F }, hidden[0]);
        assertArrayEquals(new boolean[] { T, T, F }, hidden[1]);
    }

    @Test
    @DisplayName("a small cell of a withheld group is guarded through the shown groups' cells")
    void smallCellOfHiddenGroupIsGuarded() {
        boolean[][] hidden = hiddenCells(new long[][] { { 20, 30, 40 }, { 2, 50, 60 } }, new boolean[] { T, F });
        assertArrayEquals(new boolean[] { T, T, F }, hidden[0]);
        assertArrayEquals(new boolean[] { T, T, T }, hidden[1]);
    }

    @Test
    @DisplayName("a mean is withheld when a scale cell is")
    void meanGoesWithCell() {
        boolean[][] hidden = hiddenCells(new long[][] { { 2, 10, 30 }, { 20, 30, 40 }, { 0, 0, 0 } },
                new boolean[] { T, T, F });
        assertTrue(withholdsMean(hidden[0]));
        assertTrue(withholdsMean(hidden[1]));
        assertFalse(withholdsMean(new boolean[] { F, F, F }));
    }

    @Test
    @DisplayName("no hidden count can be recovered by subtracting the visible ones from the totals")
    void nothingHiddenCanBeRecovered() {
        Random random = new Random(14);
        int guardedCells = 0;
        for (int table = 0; table < 3000; table++) {
            long[][] counts = randomTable(random);
            int groups = counts.length - 1;
            long[] sizes = Arrays.stream(counts).limit(groups).mapToLong(row -> Arrays.stream(row).sum()).toArray();
            long responses = Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
            boolean[] hiddenGroups = hiddenGroups(sizes, responses);
            boolean[] shown = new boolean[groups + 1];
            for (int group = 0; group < groups; group++) {
                shown[group] = !hiddenGroups[group];
            }
            boolean[][] hidden = hiddenCells(counts, shown);
            boolean[] meanPublished = new boolean[counts.length];
            for (int row = 0; row < counts.length; row++) {
                meanPublished[row] = shown[row] && !withholdsMean(hidden[row]);
            }
            Set<String> recovered = SubtractionAttack.recovered(counts, hidden, meanPublished);
            Set<String> recoveredAnyway = SubtractionAttack.recovered(counts, everything(counts),
                    new boolean[counts.length]);
            for (int row = 0; row < counts.length; row++) {
                for (int column = 0; column < counts[row].length; column++) {
                    long count = counts[row][column];
                    boolean secret = hidden[row][column] && count > 0 && (shown[row] || count < 5);
                    String cell = row + "," + column;
                    guardedCells += secret && !recoveredAnyway.contains(cell) ? 1 : 0;
                    assertFalse(secret && recovered.contains(cell) && !recoveredAnyway.contains(cell),
                            () -> "cell " + cell + " recovered from " + Arrays.deepToString(counts) + " shown "
                                    + Arrays.toString(shown) + " withheld " + Arrays.deepToString(hidden));
                }
            }
        }
        assertTrue(guardedCells > 3000, "the random tables must hold many cells to guard, held " + guardedCells);
    }

    /**
     * Two to six groups, some small, and a last row of those who skipped the breakdown question; two to five columns,
     * some of them rare, as scale values or options are.
     */
    private static long[][] randomTable(Random random) {
        int groups = 2 + random.nextInt(5);
        int columns = 2 + random.nextInt(4);
        double[] weights = new double[columns];
        for (int column = 0; column < columns; column++) {
            weights[column] = 0.05 + Math.pow(random.nextDouble(), 2);
        }
        double totalWeight = Arrays.stream(weights).sum();
        long[][] counts = new long[groups + 1][columns];
        for (int row = 0; row <= groups; row++) {
            int size = row == groups ? (random.nextBoolean() ? 0 : random.nextInt(9))
                    : random.nextDouble() < 0.35 ? random.nextInt(5) : 5 + random.nextInt(36);
            for (int response = 0; response < size; response++) {
                double pick = random.nextDouble() * totalWeight;
                int column = 0;
                while (column < columns - 1 && pick >= weights[column]) {
                    pick -= weights[column++];
                }
                counts[row][column]++;
            }
        }
        return counts;
    }

    private static boolean[][] everything(long[][] counts) {
        boolean[][] all = new boolean[counts.length][counts[0].length];
        Arrays.stream(all).forEach(row -> Arrays.fill(row, true));
        return all;
    }
}
