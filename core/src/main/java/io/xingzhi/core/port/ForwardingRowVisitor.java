package io.xingzhi.core.port;

import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A {@link RowVisitor} that passes every call on to another, unchanged: the base of a visitor that
 * watches what a source delivers (counting rows, reporting progress) and overrides only what it
 * watches. It forwards every method of {@link RowVisitor}, the defaults included, so that a visitor
 * built on it never falls back to a default where its target would have answered (a header judged
 * usable, a screen given, lines before a header noted); {@code ForwardingRowVisitorTest} holds it to
 * every method the interface has.
 */
public abstract class ForwardingRowVisitor implements RowVisitor {
    /** The visitor every call is passed to. */
    protected final RowVisitor target;

    /** A visitor passing every call to {@code target}. */
    protected ForwardingRowVisitor(RowVisitor target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void row(RawRow row) {
        target.row(row);
    }

    @Override
    public void rejected(Rejection rejection) {
        target.rejected(rejection);
    }

    @Override
    public void header(SourceRef ref, List<String> names) {
        target.header(ref, names);
    }

    @Override
    public boolean usableHeader(SourceRef ref, List<String> names) {
        return target.usableHeader(ref, names);
    }

    @Override
    public void linesBeforeHeader(SourceRef first, int lines) {
        target.linesBeforeHeader(first, lines);
    }

    @Override
    public boolean headerAgain(SourceRef ref, List<String> names) {
        return target.headerAgain(ref, names);
    }

    @Override
    public void repeatedHeader(SourceRef ref) {
        target.repeatedHeader(ref);
    }

    @Override
    public void footer(SourceRef first, int lines) {
        target.footer(first, lines);
    }

    @Override
    public void headerUnreadable(SourceRef ref, String reason) {
        target.headerUnreadable(ref, reason);
    }

    @Override
    public RowScreen screen(SourceRef ref, List<String> names) {
        return target.screen(ref, names);
    }

    @Override
    public void settled() {
        target.settled();
    }

    @Override
    public void settled(int rows) {
        target.settled(rows);
    }
}
