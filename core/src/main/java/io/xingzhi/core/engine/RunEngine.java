package io.xingzhi.core.engine;

import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.Parameters;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What runs the models over a run's sources: the single-machine {@link Engine}, or a distributed
 * engine (the {@code xingzhi-adapters-spark} module's) made from the same {@link Engine.Settings}.
 * Every engine gives the same leads, ids and report counts for the same inputs.
 */
public interface RunEngine {
    /** The names of the models this engine can run, in order. */
    List<String> modelNames();

    /**
     * Runs the named models with the given parameters.
     *
     * @throws IllegalArgumentException for an unknown model name (the message lists the known ones)
     */
    RunResult run(LocalDate asOf, Collection<String> modelNames, Parameters params);
}
