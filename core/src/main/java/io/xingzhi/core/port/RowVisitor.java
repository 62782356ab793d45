package io.xingzhi.core.port;

import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;

/**
 * Receives what a {@link RecordSource} reads, in source order: each row it could split into
 * fields, and each row it could not (wrong number of fields, broken quoting, undecodable bytes),
 * as a rejection with file, line and reason. Every physical row ends in exactly one of the two.
 */
public interface RowVisitor {
    void row(RawRow row);

    void rejected(Rejection rejection);

    /**
     * The header of a file or table, before its rows (a source whose rows carry their own names,
     * such as JSON Lines, has none to give): its column names as written, and where it is
     * ({@code ref.line()} 1 for a file's header row). Core checks it once for the whole source -
     * unknown columns, a missing required field, a first line that is data - instead of row by row.
     * A source may give a second one later, a line {@link #headerAgain} found to be a header of another
     * layout: the rows after it are read by it.
     */
    default void header(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
    }

    /**
     * Whether these names, a line of a file met before any header, would make a usable header for the
     * source (core: its dataset's identity column and required fields named). A CSV reader takes as the
     * header the first of the file's first lines that is one, passing over a table title or a row of
     * column groups above it ({@link #linesBeforeHeader}). A visitor that cannot tell says true (the
     * default): the first line with more than one non-blank cell is then the header.
     */
    default boolean usableHeader(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
        return true;
    }

    /**
     * Lines before the header that were passed over, before {@link #header}: {@code lines} lines from
     * {@code first.line()} on, none of them a usable header or holding data (a table title, a 制表日期
     * line, a row of column groups, as agencies' spreadsheet exports put above the header). No row comes
     * of them; core notes them so that they are not passed over in silence.
     */
    default void linesBeforeHeader(io.xingzhi.core.record.SourceRef first, int lines) {
    }

    /**
     * Whether these names, a line met after the header that holds no value (no identity number, no
     * date, no digit), name the dataset's columns as a header does (core: at least two of them name
     * its fields, and at least half of them do): another header in the middle of the source, as when
     * two exports are joined in one file. A source then gives it to {@link #header} again and reads
     * the rows after it by it. A visitor that cannot tell says false (the default): the line is a row.
     */
    default boolean headerAgain(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
        return false;
    }

    /**
     * The source's header given again, cell for cell, after rows (a paged export repeats it on every
     * page; a file joined to itself): no row comes of it. Core notes it; the default rejects it with
     * that reason, so that a visitor that does not note it still accounts for the line.
     */
    default void repeatedHeader(io.xingzhi.core.record.SourceRef ref) {
        rejected(new Rejection(ref, "the header row repeated, not data"));
    }

    /**
     * A record after the header that is part of the table's footer, not a row: a total (合计：1234人), the
     * signatures (制表人：张三 审核人：李四), a print date (打印日期：2024年10月1日), a bare count in one cell;
     * {@code lines} physical lines from {@code first.line()}. It holds no identity number and no cell
     * that is a date. Core notes it; the default rejects it with that reason, so that a visitor that does
     * not note it still accounts for the line.
     */
    default void footer(io.xingzhi.core.record.SourceRef first, int lines) {
        rejected(new Rejection(first, "a footer line of the table (a total, signatures, a print date, a count), not data"));
    }

    /**
     * A source whose first line cannot be read as a header at all - bytes its charset cannot decode,
     * a quote never closed - instead of {@link #header}: the source rejects that line and every row
     * after it itself (their fields cannot be named), and core notes the source as unusable, as it
     * notes a header that lacks a required field, so that a run on it does not look complete.
     *
     * @param ref the source and the line of its would-be header
     * @param reason why it cannot be read, e.g. {@code undecodable bytes in UTF-8}
     */
    default void headerUnreadable(io.xingzhi.core.record.SourceRef ref, String reason) {
    }

    /**
     * A screen for the rows after this header ({@link RowScreen}), or null to be given every row as
     * a {@link RawRow}. Asked right after {@link #header}; a source that cannot show a row's bytes
     * never asks, and is always right to give rows instead.
     */
    default RowScreen screen(io.xingzhi.core.record.SourceRef ref, java.util.List<String> names) {
        return null;
    }

    /**
     * A row the screen this visitor gave settled: accepted and counted, its record never built. Only
     * called by a source that was given a screen; in source order with the other calls.
     */
    default void settled() {
        throw new UnsupportedOperationException("this visitor gave no screen, so no row can be settled");
    }

    /**
     * {@code rows} settled rows one after another, as if {@link #settled()} were called that many
     * times (which is what this default does); a visitor that counts may count them at once.
     */
    default void settled(int rows) {
        for (int i = 0; i < rows; i++) {
            settled();
        }
    }
}
