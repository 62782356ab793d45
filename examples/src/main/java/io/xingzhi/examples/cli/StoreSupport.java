package io.xingzhi.examples.cli;

import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.run.RunResult;
import java.io.PrintStream;

/**
 * Opens the store named by {@code --store} (an H2 file URL such as
 * {@code jdbc:h2:file:./xingzhi-data/store}, or a PostgreSQL URL). The user and password come from
 * the environment variables {@code XINGZHI_STORE_USER} and {@code XINGZHI_STORE_PASSWORD}
 * (default {@code sa} and empty, H2's defaults), never from the command line.
 */
final class StoreSupport {
    private StoreSupport() {
    }

    static LeadStore open(String url) {
        if (!url.startsWith("jdbc:")) {
            throw new XingzhiCli.UsageError("--store: \"" + url + "\" is not a JDBC URL (e.g. jdbc:h2:file:./xingzhi-data/store)");
        }
        String user = System.getenv().getOrDefault("XINGZHI_STORE_USER", "sa");
        String password = System.getenv().getOrDefault("XINGZHI_STORE_PASSWORD", "");
        return JdbiLeadStore.open(url, user, password);
    }

    static void keep(String url, RunResult result, PrintStream err) {
        long run = open(url).saveRun(result);
        err.println("kept as run " + run + " in " + url.replaceAll("password=[^;&]*", "password=***"));
    }
}
