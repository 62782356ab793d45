package io.xingzhi.testkit;

import io.xingzhi.core.port.LeadStore;

/** The in-memory store keeps every promise of the port. */
class InMemoryLeadStoreTest extends LeadStoreContract {
    @Override
    protected LeadStore newStore() {
        return new InMemoryLeadStore();
    }
}
