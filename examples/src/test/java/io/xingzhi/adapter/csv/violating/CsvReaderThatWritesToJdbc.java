package io.xingzhi.adapter.csv.violating;

import io.xingzhi.adapter.jdbc.violating.JdbcStoreFixture;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ModuleArchitectureTest}):
 * a class of the CSV adapter that uses the JDBC adapter. Compiled into examples' test classes, it
 * also lives outside its module's package root.
 */
public final class CsvReaderThatWritesToJdbc {
    private final JdbcStoreFixture store = new JdbcStoreFixture();

    /** Stores what it read. */
    public boolean copy(String leadId) {
        return store.store(leadId);
    }
}
