package io.xingzhi.core.record;

import java.util.Objects;

/**
 * Where a row came from: its dataset, its source (a file name, a table or query name, a URL) and
 * its line or row number (1 = the header line of a file; data lines start at 2 in CSV files).
 *
 * @param dataset the dataset the row belongs to
 * @param source the file, table or feed it was read from
 * @param line the line (file) or row (table) number
 */
public record SourceRef(Dataset dataset, String source, long line) {
    public SourceRef {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }

    /** Component by component, written out (no method-handle chain per comparison), as a record derives it. */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SourceRef other && line == other.line && dataset == other.dataset
                && source.equals(other.source));
    }

    /** The same number a record with these components derives. */
    @Override
    public int hashCode() {
        return (31 * dataset.hashCode() + source.hashCode()) * 31 + Long.hashCode(line);
    }
}
