package io.xingzhi.testkit;

import io.xingzhi.core.port.GovernanceStore;

/** The in-memory store keeps every promise of the governance port. */
class InMemoryGovernanceStoreTest extends GovernanceStoreContract {
    @Override
    protected GovernanceStore newStore() {
        return new InMemoryLeadStore();
    }
}
