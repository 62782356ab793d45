package io.xingzhi.core.port;

import io.xingzhi.core.run.RunResult;

/**
 * A driven port: where a finished run goes (JSON Lines, CSV and a Markdown report in a folder; a
 * database). A sink throws {@link io.xingzhi.core.XingzhiException} when it cannot write, naming
 * the target.
 */
@FunctionalInterface
public interface RunSink {
    void accept(RunResult result);
}
