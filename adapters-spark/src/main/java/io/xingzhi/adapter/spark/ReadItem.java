package io.xingzhi.adapter.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What reading a file gives, as plain data that crosses Spark's boundaries: an accepted row (its raw
 * values, to be mapped again where its person is assessed, with the birth key it is partitioned by and
 * the case number it may be routed by), a rejection, or the file's summary at its end.
 */
final class ReadItem implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No birth key: the record joins no person by its identity. */
    static final long NO_BIRTH = Long.MIN_VALUE;

    enum Kind { ROW, REJECTION, SUMMARY }

    final Kind kind;
    final int dataset;
    final int fileIndex;
    /** ROW: which of the file's header arrays the row has. */
    int headerSet;
    /** ROW, REJECTION: the physical line; ROW: its position among the file's rows too. */
    long line;
    long rowIndex;
    String[] values;
    /** ROW: the birth key (epoch day) or {@link #NO_BIRTH}. */
    long birth = NO_BIRTH;
    /** ROW: a judgment's case number or an enforcement case's source case number (normalised), or null. */
    String caseNumber;
    /**
     * ROW without a birth key: a hash of who it names and of its case number, so that rows alike in
     * both (a row given twice, which resolution merges) are routed to one partition.
     */
    int alike;
    /** REJECTION: the source and reason. */
    String source;
    String reason;
    /** SUMMARY: rows accepted, columns named, header arrays, notes (source, kind, chinese, english). */
    long accepted;
    String[] columns;
    List<String[]> headerSets;
    List<String[]> notes;

    private ReadItem(Kind kind, int dataset, int fileIndex) {
        this.kind = kind;
        this.dataset = dataset;
        this.fileIndex = fileIndex;
    }

    static ReadItem row(int dataset, int fileIndex, int headerSet, long line, long rowIndex, String[] values, long birth,
                        String caseNumber, int alike) {
        ReadItem i = new ReadItem(Kind.ROW, dataset, fileIndex);
        i.headerSet = headerSet;
        i.line = line;
        i.rowIndex = rowIndex;
        i.values = values;
        i.birth = birth;
        i.caseNumber = caseNumber;
        i.alike = alike;
        return i;
    }

    static ReadItem rejection(int dataset, int fileIndex, String source, long line, String reason) {
        ReadItem i = new ReadItem(Kind.REJECTION, dataset, fileIndex);
        i.source = source;
        i.line = line;
        i.reason = reason;
        return i;
    }

    static ReadItem summary(int dataset, int fileIndex, long accepted, String[] columns, List<String[]> headerSets,
                            List<String[]> notes) {
        ReadItem i = new ReadItem(Kind.SUMMARY, dataset, fileIndex);
        i.accepted = accepted;
        i.columns = columns;
        i.headerSets = headerSets;
        i.notes = notes;
        return i;
    }

    boolean isRow() {
        return kind == Kind.ROW;
    }
}
