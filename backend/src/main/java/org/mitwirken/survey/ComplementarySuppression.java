package org.mitwirken.survey;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Which groups and cells of a breakdown to withhold so that no count of one to four below the totals is published,
 * and none can be worked out from what is.
 *
 * <p>What the public knows: the overall results with every count, and so each group's size (the overall count of its
 * option of the breakdown question); the shown groups with their counts and how many in them answered each question.
 * For one question that is a table: one row per group, one column per option or scale value, every row total (how many
 * in the group answered; for a withheld group we assume it known, as it is for a required question) and every column
 * total (the overall count). The attacker we guard against adds and subtracts these totals and the shown cells in any
 * combination. We also let him know which cells are zero: shown groups publish their zeros, and assuming it of withheld
 * groups only makes him stronger. Then a withheld cell is determined exactly when it lies on no cycle of withheld
 * non-zero cells (row, column, row … back to the cell): around such a cycle one cell can go up by one, the next down,
 * the next up, and every total stays the same, so the published numbers fit more than one value.
 *
 * <p>Groups ({@link #hiddenGroups}). A group of one to four is withheld. Were it the only one, the totals minus the
 * shown groups would be exactly that group, so the withheld groups must hold at least five responses together; that
 * takes at least one more group, and since a shown group has five or more, the smallest shown one is always enough.
 * Respondents who skipped the breakdown question are a group of their own: never shown, but the total minus the
 * group sizes, and their answers the totals minus the groups. Five or more of them are company enough for a small
 * group, and then no shown group has to go; one to four are themselves small and take the smallest group with them.
 * A group without responses is withheld as well (it has nothing to show), but it hides nobody and protects nobody.
 *
 * <p>Cells ({@link #hiddenCells}). Withheld from the start are every cell of a withheld group and the cells of one to
 * four in shown groups. Then, until nothing changes: every row and column holding a cell that must stay hidden (any
 * withheld non-zero cell of a shown group, and cells of one to four of withheld groups) needs at least two withheld
 * non-zero cells holding five or more together, else its smallest visible non-zero cell is withheld too; and such a
 * cell that still lies on no cycle gets the cheapest one, the path from its row to its column through non-zero cells
 * whose visible cells hold the fewest responses. The line rule keeps the totals minus the visible cells from being a
 * small count; the cycle rule makes sure no combination of totals recovers a cell. Where no path exists, nothing
 * could hide the cell: it is, for instance, the only non-zero cell of its row and equals that row's total. Withheld
 * groups' cells of five or more may be worked out; shown, they would be shown too. A zero of a shown group is never
 * withheld as company: it adds no responses to the sum the line rule asks for.
 *
 * <p>Across groups, two withheld groups are not always enough: where the companion group has no response in a column,
 * the overall count minus the shown groups is the small group's cell. The column rule catches this, at the price of a
 * cell of a shown group in that column.
 *
 * <p>Question types. A group's scale mean adds one more sum to its row (value times count), so two withheld cells and
 * the row total would be two equations in two unknowns: {@link #withholdsMean} holds the mean back when any cell of the
 * row is withheld. The overall mean adds nothing: it follows from the overall distribution. Multiple choice: a response
 * may pick several options, so a row's cells do not add up to {@code answered} and subtracting fails; but every
 * response picks at least one, so {@code answered} minus the visible cells is a lower bound for a lone withheld cell
 * and "one to four" an upper bound, and the two can meet. Its columns add up like every other type's. So multiple
 * choice is treated like the rest. Ranking: everyone ranks every item, so each count equals {@code answered}; what a
 * withheld cell hides are its rank points, which add up along rows and columns like counts, in the same table.
 *
 * <p>Two single-choice questions ({@link #hiddenCrossCells}). The breakdown by X publishes Y's cells per X group, the
 * breakdown by Y the same cross table transposed. Protected each on its own, the two withheld different cells, and
 * each showed some the other withheld: together they gave away what each kept. So the cross table is protected once,
 * as one table seen by an attacker who holds both breakdowns and the overall results, and each breakdown withholds
 * exactly its cells (transposed for one of them). Its rows are X's options and those who skipped X, its columns Y's
 * options and those who skipped Y; every row and column total is public (the overall counts, and those who skipped
 * a question). A cell is published when either breakdown shows its group: its row is a group the breakdown by X
 * shows, or its column one the breakdown by Y shows (each decided by {@link #hiddenGroups} as that breakdown decides
 * it); cells of two withheld groups are withheld from the start. Those who skipped Y in a shown X group are the
 * group's size minus how many in it answered Y, both published, so those cells cannot be withheld and no cycle runs
 * through them; the same for those who skipped X in a shown Y group. Otherwise the rules are the ones above, with "a
 * shown group" meaning a cell either breakdown would show. Both breakdowns compute the pattern from the same table in
 * the same orientation (the question whose slug comes first gives the rows; slugs stay when an admin reorders
 * questions, positions do not), so they agree on every cell: the union of what they show is exactly what the
 * protected table shows. Questions of the other types are never broken down by, so their tables appear in one
 * orientation only.
 *
 * <p>Not covered: one question's tables in the breakdowns by two different questions X and W are different tables,
 * each protected on its own. Where a group of X holds the same respondents as a group of W (or all of one lies in the
 * other), which their published cross table can show, a row of the one table is known from the other breakdown, and
 * cells withheld in one may follow from what the other shows.
 */
final class ComplementarySuppression {
    static final int MIN_COUNT = 5;

    private ComplementarySuppression() {
    }

    /**
     * @param sizes responses per group of the breakdown
     * @param responses all responses of the survey; those beyond the groups skipped the breakdown question
     * @return per group, whether it is withheld
     */
    static boolean[] hiddenGroups(long[] sizes, long responses) {
        long skipped = responses - Arrays.stream(sizes).sum();
        boolean[] hidden = new boolean[sizes.length];
        boolean anySmall = isSmall(skipped);
        long hiddenResponses = skipped;
        for (int group = 0; group < sizes.length; group++) {
            hidden[group] = sizes[group] < MIN_COUNT;
            if (hidden[group]) {
                anySmall |= isSmall(sizes[group]);
                hiddenResponses += sizes[group];
            }
        }
        if (anySmall && hiddenResponses < MIN_COUNT) {
            smallestShown(sizes, hidden).ifPresent(group -> hidden[group] = true);
        }
        return hidden;
    }

    /**
     * @param counts one question's table: a row per group, the respondents who skipped the breakdown question as one
     *        more row; a column per option or scale value
     * @param shown per row, whether the group is published
     * @return per row and column, whether the cell is withheld; every cell of a row that is not shown is
     */
    static boolean[][] hiddenCells(long[][] counts, boolean[] shown) {
        return protect(new SuppressionTable(counts, shown));
    }

    private static boolean[][] protect(SuppressionTable table) {
        boolean withheldMore;
        do {
            withheldMore = table.completeOneLine() || table.closeCycles();
        } while (withheldMore);
        return table.hidden();
    }

    /**
     * The cells of one single-choice question within the groups of another, as the breakdown by the row question
     * publishes them; the breakdown by the column question gets the same pattern transposed (see "Two single-choice
     * questions" above).
     *
     * @param counts the cross table: a row per option of the question broken down by and one more for those who
     *        skipped it, a column per option of the other question and one more for those who skipped that
     * @param shownRows per row, whether the breakdown by the row question shows the group; the last row is not shown
     * @param shownColumns per column, whether the breakdown by the column question shows the group; the last column is
     *        not shown
     * @param rowsFirst whether the row question comes first of the two (in the order of their slugs): the table is
     *        protected with its rows as groups, otherwise transposed
     * @return per row and column, whether the cell is withheld; the skipped column of a shown row and the skipped row
     *         of a shown column are not: they follow from the group's size and how many in it answered
     */
    static boolean[][] hiddenCrossCells(long[][] counts, boolean[] shownRows, boolean[] shownColumns,
            boolean rowsFirst) {
        if (!rowsFirst) {
            return transpose(hiddenCrossCells(transpose(counts), shownColumns, shownRows, true));
        }
        int rows = counts.length;
        int columns = counts[0].length;
        boolean[][] alwaysShown = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            alwaysShown[row][columns - 1] = shownRows[row];
        }
        for (int column = 0; column < columns; column++) {
            alwaysShown[rows - 1][column] = shownColumns[column];
        }
        return protect(new SuppressionTable(counts, shownRows, shownColumns, alwaysShown));
    }

    /** A group's scale mean is published only when its whole distribution is. */
    static boolean withholdsMean(boolean[] hiddenCellsOfRow) {
        for (boolean hidden : hiddenCellsOfRow) {
            if (hidden) {
                return true;
            }
        }
        return false;
    }

    static boolean isSmall(long count) {
        return count > 0 && count < MIN_COUNT;
    }

    static long[][] transpose(long[][] table) {
        long[][] transposed = new long[table[0].length][table.length];
        for (int row = 0; row < table.length; row++) {
            for (int column = 0; column < table[row].length; column++) {
                transposed[column][row] = table[row][column];
            }
        }
        return transposed;
    }

    private static boolean[][] transpose(boolean[][] table) {
        boolean[][] transposed = new boolean[table[0].length][table.length];
        for (int row = 0; row < table.length; row++) {
            for (int column = 0; column < table[row].length; column++) {
                transposed[column][row] = table[row][column];
            }
        }
        return transposed;
    }

    private static OptionalInt smallestShown(long[] sizes, boolean[] hidden) {
        int smallest = -1;
        for (int group = 0; group < sizes.length; group++) {
            if (!hidden[group] && (smallest < 0 || sizes[group] < sizes[smallest])) {
                smallest = group;
            }
        }
        return smallest < 0 ? OptionalInt.empty() : OptionalInt.of(smallest);
    }
}
