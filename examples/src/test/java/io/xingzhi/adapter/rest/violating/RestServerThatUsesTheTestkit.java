package io.xingzhi.adapter.rest.violating;

import io.xingzhi.testkit.violating.TestkitThatKnowsAnAdapter;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ModuleArchitectureTest}):
 * production code of an adapter that uses the test kit.
 */
public final class RestServerThatUsesTheTestkit {
    /** Serves the test kit's answer. */
    public boolean serve(String leadId) {
        return new TestkitThatKnowsAnAdapter().check(leadId);
    }
}
