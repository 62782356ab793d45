package io.xingzhi.adapter.rest;

import io.xingzhi.core.run.RunResult;
import java.time.LocalDate;

/**
 * Starts one run of the engine on the configured sources, as of a date, and returns its result;
 * typically {@code engine::run} for an {@link io.xingzhi.core.engine.Engine}. The server keeps the
 * result in its store and runs at most one at a time.
 */
@FunctionalInterface
public interface RunLauncher {
    /** Runs every configured model as of {@code asOf}. */
    RunResult run(LocalDate asOf);
}
