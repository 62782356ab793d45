package io.xingzhi.cli;

import io.xingzhi.core.run.RunResult;
import java.io.PrintStream;

/** Keeps a finished run in the store named by {@code --store} (see {@link Stores}). */
final class StoreSupport {
    private StoreSupport() {
    }

    static void keep(String url, RunResult result, PrintStream err) {
        long run = Stores.open(url).saveRun(result);
        err.println("kept as run " + run + " in " + url.replaceAll("password=[^;&]*", "password=***"));
    }
}
