package io.xingzhi.core.supervision.violating;

import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.run.RunResult;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * model of the domain-service ring that writes to a port of the application ring, breaking the
 * onion.
 */
public final class ModelThatWritesARun {
    private final RunSink sink;

    public ModelThatWritesARun(RunSink sink) {
        this.sink = sink;
    }

    /** Hands a run to the sink. */
    public void write(RunResult result) {
        sink.accept(result);
    }
}
