package io.xingzhi.adapter.jdbc.violating;

/**
 * Test fixture (never seen by {@code ModuleArchitectureTest}): a stand-in for a class of the JDBC
 * adapter, for the violating fixtures to depend on.
 */
public final class JdbcStoreFixture {
    /** Pretends to store a lead. */
    public boolean store(String leadId) {
        return !leadId.isEmpty();
    }
}
