package io.xingzhi.core.record;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One row as an adapter read it: where it came from and its fields as header → string, exactly
 * as exported (Chinese or English headers, untrimmed values). Adapters produce raw rows; only
 * {@link RecordMapper} gives them meaning, so every source means the same thing.
 *
 * @param ref dataset, source and line
 * @param fields header → raw value, in column order
 */
public record RawRow(SourceRef ref, Map<String, String> fields) {
    /**
     * The value a reader gives a member that holds a nested value (a JSON object or array) where text
     * was expected. It is no value of any field: {@link RecordMapper} rejects the row when the member
     * names a field ({@code NAME: a nested JSON value where text was expected}) and ignores it, as any
     * unknown column, when it names none (a feed's {@code _links}, {@code _meta}), so such a member
     * costs a row only where a value of the row cannot be read (CONTRACT.md §2).
     */
    public static final String NESTED_VALUE = "\u0000(a nested JSON value)";

    /** True when {@code value} is {@link #NESTED_VALUE}. */
    public static boolean isNested(String value) {
        return value != null && value.length() == NESTED_VALUE.length() && value.equals(NESTED_VALUE);
    }

    public RawRow {
        Objects.requireNonNull(ref, "ref");
        if (!(fields instanceof Columns)) {
            fields = Columns.copyOf(fields);
        }
    }

    /**
     * A row from a header array and the first {@code count} values, without an intermediate map:
     * the fast path for adapters that stream millions of rows. {@code headers} is kept, not
     * copied, and must not be modified afterwards (share one array per file or table); the values
     * are copied.
     */
    public static RawRow of(SourceRef ref, String[] headers, String[] values, int count) {
        String[] h = count == headers.length ? headers : Arrays.copyOf(headers, count);
        return new RawRow(ref, new Columns(h, Arrays.copyOf(values, count)));
    }

    public Dataset dataset() {
        return ref.dataset();
    }

    /**
     * True when {@code other} has the same header names in the same order (at once when both share
     * one header array, as the rows of one file or table do).
     */
    public boolean sameHeaders(RawRow other) {
        String[] a = ((Columns) fields).headers;
        String[] b = ((Columns) other.fields).headers;
        return a == b || Arrays.equals(a, b);
    }
}
