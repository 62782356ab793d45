package io.xingzhi.adapter.csv;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (CSV injection): a cell that Excel, WPS
 * or LibreOffice could read as a formula - its first character, after any leading blanks (spaces,
 * tabs, line breaks, no-break, ideographic and zero-width spaces, the byte-order mark), is
 * {@code = + - @} or their full-width forms {@code ＝ ＋ － ＠} - is written with a {@code '} in front,
 * which the spreadsheet shows as text. Every other cell is written as it is (an 18-digit number
 * behind a tab, which keeps it text, too). One test of one character for most cells; no regular
 * expression.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** {@code cell}, or {@code '} and {@code cell} when a spreadsheet could read it as a formula. */
    static String defused(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!blank(c)) {
                return formulaStart(c) ? "'" + cell : cell;
            }
        }
        return cell;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
