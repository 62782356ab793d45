package io.xingzhi.adapter.csv;

import io.xingzhi.core.value.PlainText;

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

    /**
     * {@code cell} as it shows in a spreadsheet, a viewer or a terminal ({@code cat leads.csv}), then
     * {@link #defused}: a character of an agency's value that does not show as itself - a control
     * character (C0 but the tab and the line break, DEL, C1), a bidirectional override or isolate - is
     * written as U+FFFD (�), so that an escape sequence cannot drive the terminal and something that was
     * there stays visible; a line break other than LF and CRLF (a lone CR, which would overwrite the
     * start of the line, a vertical tab, a form feed, NEL, U+2028/U+2029) is a space. {@code leads.jsonl}
     * keeps the value as read, escaped ({@link JsonLinesLeadWriter}).
     */
    static String safe(String cell) {
        int i = 0;
        int n = cell.length();
        while (i < n) {
            char c = cell.charAt(i);
            // printable ASCII, and everything from U+206A on (Chinese text): shown as itself, without a call
            if ((c >= 0x20 && c < 0x7F) || c >= 0x206A || shows(cell, i)) {
                i++;
            } else {
                break;
            }
        }
        if (i == cell.length()) {
            return defused(cell);
        }
        StringBuilder b = new StringBuilder(cell.length()).append(cell, 0, i);
        for (; i < cell.length(); i++) {
            char c = cell.charAt(i);
            b.append(shows(cell, i) ? c : PlainText.breakOrTab(c) ? ' ' : PlainText.REPLACEMENT);
        }
        return defused(b.toString());
    }

    /** Whether the character at {@code i} shows as itself in a CSV cell: not {@link PlainText#unsafe}, or a tab, LF or the CR of a CRLF. */
    private static boolean shows(String s, int i) {
        char c = s.charAt(i);
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c == '\r') {
            return i + 1 < s.length() && s.charAt(i + 1) == '\n';
        }
        return !PlainText.unsafe(c);
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
