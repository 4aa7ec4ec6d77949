package org.mitwirken.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * What an attacker can recover from one question's published table by adding and subtracting: every row total (group
 * sizes and answered counts), every column total (the overall counts), the overall weighted sum of a scale (from the
 * overall mean) and the weighted sum of each group whose mean is published. He knows where the zeros are. A withheld
 * cell is recovered when its unit vector is a combination of those equations, found by Gaussian elimination.
 */
final class SubtractionAttack {
    private static final double EPSILON = 1e-9;

    private SubtractionAttack() {
    }

    /**
     * @param counts the true table
     * @param withheld which cells are not published
     * @param meanPublished per row, whether its scale mean (weighted by column number) is published
     * @return the withheld non-zero cells as "row,column" that the equations determine
     */
    static Set<String> recovered(long[][] counts, boolean[][] withheld, boolean[] meanPublished) {
        return recovered(counts, withheld, meanPublished, true);
    }

    /**
     * The cross table of two single-choice questions: every row total and every column total, nothing weighted (a
     * choice has no mean).
     *
     * @return the withheld non-zero cells as "row,column" that the equations determine
     */
    static Set<String> recovered(long[][] counts, boolean[][] withheld) {
        return recovered(counts, withheld, new boolean[counts.length], false);
    }

    private static Set<String> recovered(long[][] counts, boolean[][] withheld, boolean[] meanPublished,
            boolean overallMean) {
        List<int[]> unknowns = new ArrayList<>();
        for (int row = 0; row < counts.length; row++) {
            for (int column = 0; column < counts[row].length; column++) {
                if (withheld[row][column] && counts[row][column] > 0) {
                    unknowns.add(new int[] { row, column });
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        int columns = counts[0].length;
        for (int row = 0; row < counts.length; row++) {
            int r = row;
            equations.add(equation(unknowns, cell -> cell[0] == r ? 1 : 0));
            if (meanPublished[row]) {
                equations.add(equation(unknowns, cell -> cell[0] == r ? cell[1] + 1 : 0));
            }
        }
        for (int column = 0; column < columns; column++) {
            int c = column;
            equations.add(equation(unknowns, cell -> cell[1] == c ? 1 : 0));
        }
        if (overallMean) {
            equations.add(equation(unknowns, cell -> cell[1] + 1));
        }
        Set<String> recovered = new HashSet<>();
        for (int unknown : determined(equations, unknowns.size())) {
            recovered.add(unknowns.get(unknown)[0] + "," + unknowns.get(unknown)[1]);
        }
        return recovered;
    }

    private static double[] equation(List<int[]> unknowns, ToIntFunction<int[]> coefficient) {
        double[] equation = new double[unknowns.size()];
        for (int i = 0; i < unknowns.size(); i++) {
            equation[i] = coefficient.applyAsInt(unknowns.get(i));
        }
        return equation;
    }

    /** The unknowns whose unit vector lies in the row space: in reduced row echelon form, a row that is exactly it. */
    private static List<Integer> determined(List<double[]> equations, int unknowns) {
        double[][] m = equations.toArray(double[][]::new);
        int pivotRow = 0;
        List<Integer> pivotColumns = new ArrayList<>();
        for (int column = 0; column < unknowns && pivotRow < m.length; column++) {
            int best = pivotRow;
            for (int row = pivotRow + 1; row < m.length; row++) {
                if (Math.abs(m[row][column]) > Math.abs(m[best][column])) {
                    best = row;
                }
            }
            if (Math.abs(m[best][column]) < EPSILON) {
                continue;
            }
            double[] swap = m[pivotRow];
            m[pivotRow] = m[best];
            m[best] = swap;
            double pivot = m[pivotRow][column];
            for (int c = 0; c < unknowns; c++) {
                m[pivotRow][c] /= pivot;
            }
            for (int row = 0; row < m.length; row++) {
                double factor = m[row][column];
                if (row != pivotRow && Math.abs(factor) > EPSILON) {
                    for (int c = 0; c < unknowns; c++) {
                        m[row][c] -= factor * m[pivotRow][c];
                    }
                }
            }
            pivotColumns.add(column);
            pivotRow++;
        }
        List<Integer> determined = new ArrayList<>();
        for (int row = 0; row < pivotColumns.size(); row++) {
            int nonZero = 0;
            for (int c = 0; c < unknowns; c++) {
                nonZero += Math.abs(m[row][c]) > EPSILON ? 1 : 0;
            }
            if (nonZero == 1) {
                determined.add(pivotColumns.get(row));
            }
        }
        return determined;
    }
}
