package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.testkit.GovernanceStoreContract;
import java.util.UUID;

/** The Jdbi store keeps every promise of the governance port on H2 (a fresh in-memory database per test). */
class JdbiGovernanceStoreH2Test extends GovernanceStoreContract {
    @Override
    protected GovernanceStore newStore() {
        return JdbiLeadStore.open("jdbc:h2:mem:governance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
