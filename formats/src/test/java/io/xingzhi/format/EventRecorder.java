package io.xingzhi.format;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A visitor that writes down what a reader delivered, in order - "row L {fields}", "rejected L
 * reason", "settled" - offering {@code screen} (null: none) for every header, and the headers it was
 * asked with: for comparing a reading with a screen against one without.
 */
class EventRecorder implements RowVisitor {
    /** Settles every row whose first screened column starts with {@code S}. */
    static final RowScreen SETTLING_S = new RowScreen() {
        @Override
        public int[] columns() {
            return new int[] {0};
        }

        @Override
        public boolean settles(byte[] line, int[] from, int[] to) {
            return to[0] > from[0] && line[from[0]] == 'S';
        }
    };

    final List<String> events = new ArrayList<>();
    final List<List<String>> screenAskedFor = new ArrayList<>();
    private final RowScreen screen;

    EventRecorder(RowScreen screen) {
        this.screen = screen;
    }

    @Override
    public void row(RawRow row) {
        events.add("row " + row.ref().line() + " " + row.fields());
    }

    @Override
    public void rejected(Rejection rejection) {
        events.add("rejected " + rejection.ref().line() + " " + rejection.reason());
    }

    @Override
    public RowScreen screen(SourceRef ref, List<String> names) {
        screenAskedFor.add(names);
        return screen;
    }

    @Override
    public void settled() {
        events.add("settled");
    }
}
