package io.xingzhi.testkit;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RowVisitor} for adapter tests: keeps every row and rejection a source delivers, in
 * order, for assertions. Not thread-safe (sources call visitors from one thread).
 */
public class CollectingVisitor implements RowVisitor {
    /** The rows, in the order delivered. */
    public final List<RawRow> rows = new ArrayList<>();
    /** The rejections, in the order delivered. */
    public final List<Rejection> rejections = new ArrayList<>();
    /** The line of every row and rejection, interleaved in the order delivered. */
    public final List<Long> order = new ArrayList<>();

    @Override
    public void row(RawRow row) {
        rows.add(row);
        order.add(row.ref().line());
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
        order.add(rejection.ref().line());
    }

    /** The lines of the rows. */
    public List<Long> rowLines() {
        return rows.stream().map(r -> r.ref().line()).toList();
    }

    /** The lines of the rejections. */
    public List<Long> rejectedLines() {
        return rejections.stream().map(r -> r.ref().line()).toList();
    }

    /** One column's raw values, row by row. */
    public List<String> column(String header) {
        return rows.stream().map(r -> r.fields().get(header)).toList();
    }
}
