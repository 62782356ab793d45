package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.value.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal whose columns line up whatever the script: a Chinese
 * character counts as two columns ({@link DisplayWidth}). Numbers are aligned right, text left; the
 * header row is the first row. Every cell is shown as one line of plain text ({@link PlainText#line}):
 * a value from the data can neither send the terminal an escape sequence nor print rows of its own.
 */
final class TextTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param header the column names
     * @param numeric which columns hold numbers (aligned right)
     */
    TextTable(List<String> header, boolean... numeric) {
        this.header = header.stream().map(PlainText::line).toList();
        this.numeric = numeric.length == header.size() ? numeric.clone() : new boolean[header.size()];
    }

    /** Adds a row of as many cells as the header has. */
    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(PlainText.line(c == null ? "" : c.toString())); // data: no escape sequence, no line break
        }
        while (r.size() < header.size()) {
            r.add("");
        }
        rows.add(r);
        return this;
    }

    /** True when no row was added. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, one line a row, columns two spaces apart, no trailing spaces. */
    String render() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = DisplayWidth.of(header.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], DisplayWidth.of(r.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width);
        for (List<String> r : rows) {
            line(b, r, width);
        }
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                l.append("  ");
            }
            l.append(numeric[i] ? DisplayWidth.padLeft(cells.get(i), width[i]) : DisplayWidth.padRight(cells.get(i), width[i]));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
