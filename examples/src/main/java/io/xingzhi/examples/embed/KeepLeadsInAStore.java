package io.xingzhi.examples.embed;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Runs the four models and keeps the leads in a database (H2 in a file here; PostgreSQL with a
 * {@code jdbc:postgresql:} URL and its driver), then reads them back with their review state.
 * Running again on fresh data merges: a lead found again keeps its id and review state, a new one
 * is added, and one no longer found is marked so (never deleted). The engine takes the store's
 * lead-id key, so that every process finds a lead under the same id: an engine given no key keys ids
 * with its own process's, and the next process's run would add every lead again as new.
 */
public final class KeepLeadsInAStore {
    private KeepLeadsInAStore() {
    }

    /** {@code KeepLeadsInAStore FOLDER AS_OF [JDBC_URL]}; the URL defaults to {@code jdbc:h2:file:./xingzhi-data/store}. */
    public static void main(String[] args) {
        String url = args.length > 2 ? args[2] : "jdbc:h2:file:./xingzhi-data/store";
        LeadStore store = JdbiLeadStore.open(url, "sa", "");        // creates or upgrades the schema
        long run = runAndKeep(Path.of(args[0]), LocalDate.parse(args[1]), store);
        for (StoredLead s : store.leads(LeadFilter.all())) {
            System.out.println(s.state() + " " + s.lead().model() + " " + s.lead().kind() + " " + s.lead().caseNumber()
                    + (s.stillFound() ? "" : " (no longer found)"));
        }
        System.out.println("run " + run + ": " + store.count(LeadFilter.all()) + " leads in the store");
    }

    /** Runs the four models over the CSV folder, under the store's lead-id key, and saves the run; returns its number. */
    public static long runAndKeep(Path folder, LocalDate asOf, LeadStore store) {
        LeadIdKey key = store.leadIdKey(LeadIdKey::generate);   // the store's key; a new store keeps this new one
        RunResult result = Engine.builder().source(new CsvRecordSource(folder)).leadIdKey(key).build().run(asOf);
        return store.saveRun(result);
    }
}
