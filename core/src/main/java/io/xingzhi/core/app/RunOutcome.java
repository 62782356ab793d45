package io.xingzhi.core.app;

import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.run.RunResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished run, and the run as the store keeps it when the service has a store.
 *
 * @param result the leads and the run report
 * @param stored the stored run with its number and merge counts; empty without a store
 */
public record RunOutcome(RunResult result, Optional<StoredRun> stored) {
    public RunOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(stored, "stored");
    }
}
