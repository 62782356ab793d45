package io.xingzhi.core.violating;

import io.xingzhi.adapter.jdbc.violating.JdbcStoreFixture;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ModuleArchitectureTest}):
 * a core class that depends on an adapter.
 */
public final class CoreThatKnowsAnAdapter {
    private CoreThatKnowsAnAdapter() {
    }

    /** Stores a lead through the JDBC adapter. */
    public static boolean store(String leadId) {
        return new JdbcStoreFixture().store(leadId);
    }
}
