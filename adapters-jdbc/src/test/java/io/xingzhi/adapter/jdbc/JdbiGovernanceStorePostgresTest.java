package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.testkit.GovernanceStoreContract;

/**
 * The Jdbi store keeps every promise of the governance port on a real PostgreSQL
 * server (the module's one test server, {@link PostgresServer}; a fresh database per test).
 */
class JdbiGovernanceStorePostgresTest extends GovernanceStoreContract {
    @Override
    protected GovernanceStore newStore() {
        return JdbiLeadStore.open(PostgresServer.freshDatabase("governance"), PostgresServer.USER, PostgresServer.USER);
    }
}
