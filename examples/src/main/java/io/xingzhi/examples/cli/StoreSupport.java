package io.xingzhi.examples.cli;

import io.xingzhi.core.run.RunResult;
import java.io.PrintStream;

/** Keeps a run in a store (arrives with the JDBC adapter). */
final class StoreSupport {
    private StoreSupport() {
    }

    static void keep(String url, RunResult result, PrintStream err) {
        throw new XingzhiCli.UsageError("--store is not available yet in this build");
    }
}
