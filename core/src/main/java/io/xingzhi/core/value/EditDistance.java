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

    /**
     * The distance between {@code a} and {@code b}. Memory grows with the shorter text only (three rows
     * of the table, not the whole table): a header of ten megabytes compared with a name of four
     * characters takes three rows of five numbers, not ten million rows.
     */
    public static int of(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (y.length > x.length) {
            int[] t = x;
            x = y;
            y = t;
        }
        int[] beforeLast = new int[y.length + 1];
        int[] last = new int[y.length + 1];
        int[] row = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            last[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            row[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                row[j] = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    row[j] = Math.min(row[j], beforeLast[j - 2] + 1);
                }
            }
            int[] t = beforeLast;
            beforeLast = last;
            last = row;
            row = t;
        }
        return last[y.length];
    }
}
