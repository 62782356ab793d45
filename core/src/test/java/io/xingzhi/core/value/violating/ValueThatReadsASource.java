package io.xingzhi.core.value.violating;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * value of the domain model that reaches out to a port of the application ring, breaking the
 * onion.
 */
public final class ValueThatReadsASource {
    private final RecordSource source;

    public ValueThatReadsASource(RecordSource source) {
        this.source = source;
    }

    /** True when the source has judgments. */
    public boolean hasJudgments() {
        return source.available().contains(Dataset.JUDGMENTS);
    }
}
