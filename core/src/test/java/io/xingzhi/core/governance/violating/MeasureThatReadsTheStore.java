package io.xingzhi.core.governance.violating;

import io.xingzhi.core.port.GovernanceStore;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * governance rule that reads the store of the application ring, breaking the governance ring.
 */
public final class MeasureThatReadsTheStore {
    private final GovernanceStore store;

    public MeasureThatReadsTheStore(GovernanceStore store) {
        this.store = store;
    }

    /** How many records are kept. */
    public int count() {
        return store.governanceRecords().size();
    }
}
