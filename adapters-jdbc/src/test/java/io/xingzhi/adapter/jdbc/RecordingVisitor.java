package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a source delivered, in order. */
final class RecordingVisitor implements RowVisitor {
    final List<RawRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }
}
