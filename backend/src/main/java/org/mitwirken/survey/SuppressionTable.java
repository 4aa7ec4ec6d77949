package org.mitwirken.survey;

import static org.mitwirken.survey.ComplementarySuppression.MIN_COUNT;
import static org.mitwirken.survey.ComplementarySuppression.isSmall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One question's counts, a row per group and a column per option or scale value, with the cells withheld so far; the
 * rules it applies are explained in {@link ComplementarySuppression}. A cross table of two single-choice questions
 * has shown groups on both sides: a cell is published when its row or its column is a shown group, and some cells are
 * published whatever the table withholds.
 */
final class SuppressionTable {
    private final long[][] counts;
    private final boolean[][] inShownGroup;
    private final boolean[][] alwaysShown;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;

    private record Cell(int row, int column) {
    }

    /** One breakdown's table: the rows are its groups. */
    SuppressionTable(long[][] counts, boolean[] shownRows) {
        this(counts, shownRows, new boolean[counts.length == 0 ? 0 : counts[0].length],
                new boolean[counts.length][counts.length == 0 ? 0 : counts[0].length]);
    }

    /**
     * @param shownRows per row, whether it is a shown group
     * @param shownColumns per column, whether it is a shown group (of the breakdown by the other question)
     * @param alwaysShown cells that are published whatever this table withholds
     */
    SuppressionTable(long[][] counts, boolean[] shownRows, boolean[] shownColumns, boolean[][] alwaysShown) {
        this.counts = counts;
        this.alwaysShown = alwaysShown;
        rows = counts.length;
        columns = rows == 0 ? 0 : counts[0].length;
        inShownGroup = new boolean[rows][columns];
        hidden = new boolean[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                inShownGroup[row][column] = shownRows[row] || shownColumns[column];
                hidden[row][column] = !alwaysShown[row][column]
                        && (!inShownGroup[row][column] || isSmall(counts[row][column]));
            }
        }
    }

    boolean[][] hidden() {
        return hidden;
    }

    /**
     * Withholds the smallest visible non-zero cell of the first row or column that holds a cell to keep hidden but
     * fewer than two withheld non-zero cells or fewer than five responses in them.
     *
     * @return false when every line is complete or has nothing left to give
     */
    boolean completeOneLine() {
        for (List<Cell> line : lines()) {
            if (line.stream().anyMatch(this::mustStayHidden) && !complete(line)) {
                Optional<Cell> smallest = line.stream().filter(cell -> !isHidden(cell) && canHide(cell)
                        && count(cell) > 0)
                        .reduce((a, b) -> count(b) < count(a) ? b : a);
                if (smallest.isPresent()) {
                    hide(smallest.get());
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Puts every cell to keep hidden that lies on no cycle of withheld cells on the cheapest one.
     *
     * @return false when every such cell already lay on a cycle or none could be made for it
     */
    boolean closeCycles() {
        boolean withheldMore = false;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Cell cell = new Cell(row, column);
                if (mustStayHidden(cell)) {
                    List<Cell> toHide = visibleCellsOnCheapestCycle(cell);
                    toHide.forEach(this::hide);
                    withheldMore |= !toHide.isEmpty();
                }
            }
        }
        return withheldMore;
    }

    /** Withheld cells of five or more of withheld groups are no secret: shown, they would be shown too. */
    private boolean mustStayHidden(Cell cell) {
        return isHidden(cell) && count(cell) > 0 && (inShownGroup[cell.row()][cell.column()]
                || count(cell) < MIN_COUNT);
    }

    private boolean canHide(Cell cell) {
        return !alwaysShown[cell.row()][cell.column()];
    }

    private boolean complete(List<Cell> line) {
        long withheld = line.stream().filter(cell -> isHidden(cell) && count(cell) > 0).count();
        long responses = line.stream().filter(this::isHidden).mapToLong(this::count).sum();
        return withheld >= 2 && responses >= MIN_COUNT;
    }

    private List<List<Cell>> lines() {
        List<List<Cell>> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<Cell> line = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                line.add(new Cell(row, column));
            }
            lines.add(line);
        }
        for (int column = 0; column < columns; column++) {
            List<Cell> line = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                line.add(new Cell(row, column));
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * The cheapest path from the cell's row to its column through the other non-zero cells that may be withheld,
     * where a withheld cell costs nothing and a visible one its count (Dijkstra; rows are nodes 0 … rows-1, columns
     * the nodes after them).
     *
     * @return the visible cells on it; empty when the cell already lies on a cycle or no path exists
     */
    private List<Cell> visibleCellsOnCheapestCycle(Cell through) {
        int nodes = rows + columns;
        long[] cost = new long[nodes];
        Arrays.fill(cost, Long.MAX_VALUE);
        Cell[] reachedBy = new Cell[nodes];
        boolean[] settled = new boolean[nodes];
        cost[through.row()] = 0;
        for (int node = cheapestOpen(cost, settled); node >= 0; node = cheapestOpen(cost, settled)) {
            settled[node] = true;
            for (Cell cell : incident(node)) {
                if (cell.equals(through) || count(cell) == 0 || !canHide(cell)) {
                    continue;
                }
                int next = node < rows ? rows + cell.column() : cell.row();
                long viaCell = cost[node] + (isHidden(cell) ? 0 : count(cell));
                if (viaCell < cost[next]) {
                    cost[next] = viaCell;
                    reachedBy[next] = cell;
                }
            }
        }
        List<Cell> visible = new ArrayList<>();
        int node = rows + through.column();
        if (cost[node] == Long.MAX_VALUE) {
            return visible;
        }
        while (node != through.row()) {
            Cell cell = reachedBy[node];
            if (!isHidden(cell)) {
                visible.add(cell);
            }
            node = node < rows ? rows + cell.column() : cell.row();
        }
        return visible;
    }

    private static int cheapestOpen(long[] cost, boolean[] settled) {
        int cheapest = -1;
        for (int node = 0; node < cost.length; node++) {
            if (!settled[node] && cost[node] != Long.MAX_VALUE && (cheapest < 0 || cost[node] < cost[cheapest])) {
                cheapest = node;
            }
        }
        return cheapest;
    }

    private List<Cell> incident(int node) {
        List<Cell> cells = new ArrayList<>();
        if (node < rows) {
            for (int column = 0; column < columns; column++) {
                cells.add(new Cell(node, column));
            }
        } else {
            for (int row = 0; row < rows; row++) {
                cells.add(new Cell(row, node - rows));
            }
        }
        return cells;
    }

    private boolean isHidden(Cell cell) {
        return hidden[cell.row()][cell.column()];
    }

    private long count(Cell cell) {
        return counts[cell.row()][cell.column()];
    }

    private void hide(Cell cell) {
        hidden[cell.row()][cell.column()] = true;
    }
}
