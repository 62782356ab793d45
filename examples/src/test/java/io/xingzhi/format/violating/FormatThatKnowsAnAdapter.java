package io.xingzhi.format.violating;

import io.xingzhi.adapter.jdbc.violating.JdbcStoreFixture;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ModuleArchitectureTest}):
 * a class of the formats module that depends on an adapter.
 */
public final class FormatThatKnowsAnAdapter {
    /** Reads a row by asking the JDBC adapter. */
    public boolean read(String line) {
        return new JdbcStoreFixture().store(line);
    }
}
