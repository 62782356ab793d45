package io.xingzhi.cli;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.run.RunReport;
import java.io.PrintStream;
import java.util.Map;

/** The one-screen summary the command line prints after a run. */
final class Summary {
    private Summary() {
    }

    static void print(RunReport r, PrintStream out) {
        out.printf("Xingzhi run as of %s%n%n", r.asOf());
        out.printf("%-24s %10s %10s %10s%n", "dataset", "read", "accepted", "rejected");
        for (Map.Entry<Dataset, DatasetCounts> e : r.datasets().entrySet()) {
            DatasetCounts c = e.getValue();
            if (c.notRead()) {
                out.printf("%-24s %10s%n", e.getKey().fileStem(), "not read (no selected model needs it)");
            } else if (c.present()) {
                out.printf("%-24s %10d %10d %10d%n", e.getKey().fileStem(), c.read(), c.accepted(), c.rejected());
            } else {
                out.printf("%-24s %10s%n", e.getKey().fileStem(), "absent");
            }
        }
        IdentityStats id = r.identity();
        out.printf("%nidentity: %d persons; records linked by id_number %d, by name+birth_date %d; unresolved %d;"
                + " invalid id numbers %d; numbers shared by different names %d%n",
                id.persons(), id.linkedById(), id.linkedByNameBirth(), id.unresolved(), id.invalidIdNumbers(), id.sharedNumbers());
        if (id.linkedByCaseNumber() > 0) {
            out.printf("enforcement cases joined to their judgment's person by source_case_number: %d%n", id.linkedByCaseNumber());
        }
        if (!r.unmatchedRecords().isEmpty()) {
            out.printf("records matched to no judgment: %d (listed in report.md)%n", r.unmatchedRecords().size());
        }
        out.printf("%n%-20s %-26s %6s%n", "model", "kind", "leads");
        r.leadsByModelAndKind().forEach((model, kinds) -> {
            kinds.forEach((kind, n) -> {
                String label = r.kindLabel(model, kind);
                out.printf("%-20s %-26s %6d  %s%n", model, kind, n, label.equals(kind) ? "" : label);
            });
            r.kindsNotRun().getOrDefault(model, Map.of()).forEach((kind, why) -> {
                String label = r.kindLabel(model, kind);
                out.printf("%-20s %-26s %6s  %s%n", model, kind, "—", (label.equals(kind) ? "" : label + "  ") + "not run: " + why);
            });
        });
        r.skippedModels().forEach((m, why) -> out.printf("%-20s skipped: %s%n", m, why));
        out.printf("%ntotal leads: %d%n", r.totalLeads());
    }
}
