package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.LeadStore;
import io.xingzhi.testkit.LeadStoreContract;
import java.util.UUID;

/** The Jdbi store keeps every promise of the port on H2 (a fresh in-memory database per test). */
class JdbiLeadStoreH2Test extends LeadStoreContract {
    @Override
    protected LeadStore newStore() {
        return JdbiLeadStore.open("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
