package org.mitwirken.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.survey.ComplementarySuppression.hiddenCells;
import static org.mitwirken.survey.ComplementarySuppression.hiddenCrossCells;
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

    @Test
    @DisplayName("the pentester's table: the breakdowns by either question no longer give away its small cells "
            + "together, whichever question comes first")
    void pentestersCrossTable() {
        long[][] table = { { 3, 0, 3, 0 }, { 6, 10, 16, 0 }, { 10, 15, 4, 0 }, { 0, 0, 0, 0 } };
        for (boolean rowsFirst : new boolean[] { true, false }) {
            CrossViews views = CrossViews.of(table, rowsFirst);
            assertTrue(views.withheld[0][0] && views.withheld[0][2] && views.withheld[2][2], "the 3, 3 and 4");
            views.assertNothingRecoverable();
        }
    }

    @Test
    @DisplayName("two single-choice questions: the breakdown by the one and the breakdown by the other together give "
            + "away no withheld count, with group sizes, answered counts and overall counts as totals")
    void crossTablesGiveNothingAwayInBothOrientations() {
        Random random = new Random(67);
        int guardedCells = 0;
        for (int table = 0; table < 3000; table++) {
            guardedCells += CrossViews.of(randomCrossTable(random), random.nextBoolean()).assertNothingRecoverable();
        }
        assertTrue(guardedCells > 3000, "the random tables must hold many cells to guard, held " + guardedCells);
    }

    /**
     * What the breakdowns by two single-choice questions publish of their cross table, built as the service builds
     * them, and what an attacker who holds both knows. The table has a row per option of the row question and one more
     * for those who skipped it, a column per option of the column question and one more for those who skipped that.
     * The breakdown by the row question shows its shown groups (rows) with the column question's cells and how many
     * answered it, so the skipped column of a shown row as well; the breakdown by the column question likewise with
     * rows and columns swapped. Every row total (the overall count of an option; the skipped row's is the responses
     * minus those who answered) and every column total is public.
     */
    private record CrossViews(long[][] table, boolean[] shownRows, boolean[] shownColumns, boolean[][] withheld,
            boolean[][] withheldAtMost) {

        static CrossViews of(long[][] table, boolean rowsFirst) {
            int rows = table.length;
            int columns = table[0].length;
            long[][] transposed = ComplementarySuppression.transpose(table);
            long responses = Arrays.stream(table).flatMapToLong(Arrays::stream).sum();
            boolean[] shownRows = shownGroups(table, responses);
            boolean[] shownColumns = shownGroups(transposed, responses);
            boolean[][] byRows = hiddenCrossCells(table, shownRows, shownColumns, rowsFirst);
            boolean[][] byColumns = hiddenCrossCells(transposed, shownColumns, shownRows, !rowsFirst);
            boolean[][] withheld = new boolean[rows][columns];
            boolean[][] withheldAtMost = new boolean[rows][columns];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    boolean skipped = row == rows - 1 || column == columns - 1;
                    boolean fromRows = shownRows[row] && (column == columns - 1 || !byRows[row][column]);
                    boolean fromColumns = shownColumns[column] && (row == rows - 1 || !byColumns[column][row]);
                    withheld[row][column] = !fromRows && !fromColumns;
                    withheldAtMost[row][column] = !(skipped && (shownRows[row] || shownColumns[column]));
                    if (shownRows[row] && shownColumns[column]) {
                        assertEquals(byRows[row][column], byColumns[column][row], "both breakdowns show " + row + ","
                                + column + " of " + Arrays.deepToString(table) + ": they must agree on it");
                    }
                }
            }
            return new CrossViews(table, shownRows, shownColumns, withheld, withheldAtMost);
        }

        /**
         * Lets {@link SubtractionAttack} loose on the union of both breakdowns. A withheld non-zero cell of a group
         * that either breakdown shows, and a withheld cell of one to four, may not come out, unless it would even with
         * every cell withheld that can be (the skipped cells of shown groups cannot: they follow from the group size
         * and how many in it answered).
         *
         * @return how many cells needed guarding
         */
        int assertNothingRecoverable() {
            Set<String> recovered = SubtractionAttack.recovered(table, withheld);
            Set<String> recoveredAnyway = SubtractionAttack.recovered(table, withheldAtMost);
            int guarded = 0;
            for (int row = 0; row < table.length; row++) {
                for (int column = 0; column < table[row].length; column++) {
                    long count = table[row][column];
                    boolean secret = withheld[row][column] && count > 0
                            && (shownRows[row] || shownColumns[column] || count < 5);
                    String cell = row + "," + column;
                    guarded += secret && !recoveredAnyway.contains(cell) ? 1 : 0;
                    assertFalse(secret && recovered.contains(cell) && !recoveredAnyway.contains(cell),
                            () -> "cell " + cell + " recovered from " + Arrays.deepToString(table) + " shown rows "
                                    + Arrays.toString(shownRows) + " shown columns " + Arrays.toString(shownColumns)
                                    + " withheld in both " + Arrays.deepToString(withheld));
                }
            }
            return guarded;
        }

        /** Per row, whether the breakdown by the row question shows it; the skipped row never. */
        private static boolean[] shownGroups(long[][] table, long responses) {
            int groups = table.length - 1;
            boolean[] hidden = hiddenGroups(Arrays.stream(table).limit(groups)
                    .mapToLong(row -> Arrays.stream(row).sum()).toArray(), responses);
            boolean[] shown = new boolean[groups + 1];
            for (int group = 0; group < groups; group++) {
                shown[group] = !hidden[group];
            }
            return shown;
        }
    }

    /**
     * Responses to two single-choice questions, the second depending on the first: two to five options each, some
     * rare; each question skipped now and then, or required.
     */
    private static long[][] randomCrossTable(Random random) {
        int rows = 2 + random.nextInt(4);
        int columns = 2 + random.nextInt(4);
        double rowSkips = random.nextBoolean() ? 0 : random.nextDouble() / 8;
        double columnSkips = random.nextBoolean() ? 0 : random.nextDouble() / 8;
        double[] rowWeights = randomWeights(random, rows);
        double[][] columnWeights = new double[rows + 1][];
        for (int row = 0; row <= rows; row++) {
            columnWeights[row] = randomWeights(random, columns);
        }
        long[][] counts = new long[rows + 1][columns + 1];
        int responses = 5 + random.nextInt(100);
        for (int response = 0; response < responses; response++) {
            int row = random.nextDouble() < rowSkips ? rows : pick(random, rowWeights);
            int column = random.nextDouble() < columnSkips ? columns : pick(random, columnWeights[row]);
            counts[row][column]++;
        }
        return counts;
    }

    private static double[] randomWeights(Random random, int size) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 0.03 + Math.pow(random.nextDouble(), 2);
        }
        return weights;
    }

    private static int pick(Random random, double[] weights) {
        double pick = random.nextDouble() * Arrays.stream(weights).sum();
        int i = 0;
        while (i < weights.length - 1 && pick >= weights[i]) {
            pick -= weights[i++];
        }
        return i;
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
