package io.xingzhi.examples.adapter;

import java.util.List;
import java.util.Objects;

/**
 * The column layout of a fixed-width text export: each column's header (a name the record mapper
 * knows, e.g. {@code 入所日期}) and width in characters (code points, so a Chinese character counts
 * one). Columns follow each other with no separator; values are left-aligned and padded on the
 * right with spaces.
 *
 * @param columns the columns, left to right
 */
public record FixedWidthLayout(List<Column> columns) {

    /**
     * One column.
     *
     * @param header the header the raw row carries for it
     * @param width its width in characters, at least 1
     */
    public record Column(String header, int width) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (width < 1) {
                throw new IllegalArgumentException("column " + header + " must be at least one character wide");
            }
        }
    }

    public FixedWidthLayout {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one column");
        }
    }

    /**
     * The detention center's custody export: 姓名 10, 身份证号 18, 入所日期 10,
     * 收到执行通知书日期 10, 出所日期 10, 出所原因 8 (66 characters).
     */
    public static FixedWidthLayout custody() {
        return new FixedWidthLayout(List.of(new Column("姓名", 10), new Column("身份证号", 18), new Column("入所日期", 10),
                new Column("收到执行通知书日期", 10), new Column("出所日期", 10), new Column("出所原因", 8)));
    }

    /** The full width of a line, in characters. */
    public int width() {
        return columns.stream().mapToInt(Column::width).sum();
    }

    /**
     * The shortest line accepted: every column but the last must be there in full (exporters drop
     * the trailing blanks of the last column).
     */
    public int minimumWidth() {
        return width() - columns.get(columns.size() - 1).width() + 1;
    }
}
