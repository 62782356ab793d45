package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import java.util.ArrayList;
import java.util.List;

/** A visitor that keeps what it is given, in order, for assertions. */
final class Collected implements RowVisitor {
    final List<RawRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<Long> order = new ArrayList<>();

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

    List<Long> rowLines() {
        return rows.stream().map(r -> r.ref().line()).toList();
    }

    List<Long> rejectedLines() {
        return rejections.stream().map(r -> r.ref().line()).toList();
    }

    List<String> column(String header) {
        return rows.stream().map(r -> r.fields().get(header)).toList();
    }
}
