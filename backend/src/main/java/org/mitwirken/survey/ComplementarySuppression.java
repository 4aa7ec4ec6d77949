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
        SuppressionTable table = new SuppressionTable(counts, shown);
        boolean withheldMore;
        do {
            withheldMore = table.completeOneLine() || table.closeCycles();
        } while (withheldMore);
        return table.hidden();
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
