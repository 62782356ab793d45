package io.xingzhi.testkit.violating;

import io.xingzhi.adapter.jdbc.violating.JdbcStoreFixture;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ModuleArchitectureTest}):
 * a test-kit class that depends on an adapter.
 */
public final class TestkitThatKnowsAnAdapter {
    /** Checks a lead against the JDBC adapter. */
    public boolean check(String leadId) {
        return new JdbcStoreFixture().store(leadId);
    }
}
