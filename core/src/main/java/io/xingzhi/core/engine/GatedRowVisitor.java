package io.xingzhi.core.engine;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RowVisitor} whose headers go through a {@link HeaderGate}: every header call of the port
 * (the header, a header that cannot be read, whether a line would be a usable header, the lines
 * passed over before it, a header repeated or of another layout further on, the table's footer) is the gate's, a header that is data comes back as a {@link #rejected}
 * row, and a row of a source whose header is unusable is rejected with its reason. What is left to
 * a subclass is what it does with a row the gate lets through ({@link #accepted}) and with a
 * rejection. The single-machine {@link Engine} and a distributed engine's readers are built on it,
 * so that both read headers alike, whatever the port gains. Not thread-safe, as the gate is not.
 */
public abstract class GatedRowVisitor implements RowVisitor {
    /** The headers' checks, notes and columns. */
    protected final HeaderGate gate;

    /** A visitor whose headers go through {@code gate}. */
    protected GatedRowVisitor(HeaderGate gate) {
        this.gate = java.util.Objects.requireNonNull(gate, "gate");
    }

    /** A row the gate lets through (its source's header is usable), in source order. */
    protected abstract void accepted(RawRow row);

    @Override
    public final void row(RawRow row) {
        Optional<Rejection> refused = gate.row(row);
        if (refused.isPresent()) {
            rejected(refused.get());
        } else {
            accepted(row);
        }
    }

    /** A source's header, before its rows: checked once by the gate; a header that is data is a rejected row. */
    @Override
    public final void header(SourceRef ref, List<String> names) {
        gate.header(ref, names).ifPresent(this::rejected);
    }

    @Override
    public final void headerUnreadable(SourceRef ref, String reason) {
        gate.unreadable(ref, reason);
    }

    @Override
    public final boolean usableHeader(SourceRef ref, List<String> names) {
        return gate.usableHeader(ref, names);
    }

    @Override
    public final boolean headerAgain(SourceRef ref, List<String> names) {
        return gate.headerAgain(ref, names);
    }

    @Override
    public final void repeatedHeader(SourceRef ref) {
        gate.repeatedHeader(ref);
    }

    @Override
    public final void footer(SourceRef first, int lines) {
        gate.footer(first, lines);
    }

    @Override
    public final void linesBeforeHeader(SourceRef first, int lines) {
        gate.linesBeforeHeader(first, lines);
    }
}
