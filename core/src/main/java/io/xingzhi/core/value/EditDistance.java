package io.xingzhi.core.value;

/**
 * How many single-character edits - insertions, deletions, substitutions, and swaps of two
 * neighbouring characters - turn one text into another (the optimal string alignment distance),
 * counted in code points, so {@code 入所日期} and {@code 入所时间} are two apart. Used to suggest what a
 * mistyped header or store name most likely meant.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b}. */
    public static int of(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
