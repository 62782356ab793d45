package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.LeadStore;
import io.xingzhi.testkit.LeadStoreContract;

/**
 * The Jdbi store keeps every promise of the port on a real PostgreSQL
 * server (the module's one test server, {@link PostgresServer}; a fresh database per test).
 */
class JdbiLeadStorePostgresTest extends LeadStoreContract {
    @Override
    protected LeadStore newStore() {
        return JdbiLeadStore.open(PostgresServer.freshDatabase("contract"), PostgresServer.USER, PostgresServer.USER);
    }
}
