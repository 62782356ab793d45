package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.testkit.GovernanceStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Jdbi store keeps every promise of the governance port on a real PostgreSQL server (started once
 * for this class, a fresh database per test).
 */
class JdbiGovernanceStorePostgresTest extends GovernanceStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    protected GovernanceStore newStore() {
        String db = "governance_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbiLeadStore.open(postgres.getJdbcUrl("postgres", db), "postgres", "postgres");
    }
}
