package io.xingzhi.cli;

import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.stats.ReviewStatistics;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xingzhi stats}: review statistics and the 类案 report, as text tables or JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Review statistics per model, kind and agency, and the 类案 report.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--json", description = "JSON on standard output")
    boolean json;

    @Option(names = "--from", description = "leads first seen by a run as of this date or later (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", description = "leads first seen by a run as of this date or earlier (YYYY-MM-DD)")
    String to;

    @Option(names = "--class-case-min", defaultValue = "2", description = "fewest confirmed leads of a 类案 group (default 2)")
    int classCaseMin;

    @Override
    public Integer call() {
        if (classCaseMin < 1) {
            throw new XingzhiCli.UsageError("--class-case-min must be at least 1");
        }
        Optional<LocalDate> f = Optional.ofNullable(from).map(RunCommand::parseAsOf);
        Optional<LocalDate> t = Optional.ofNullable(to).map(RunCommand::parseAsOf);
        LeadStore s = Stores.open(store);
        ReviewStatistics stats = ReviewStatistics.of(s, f, t);
        LeadFilter filter = f.isPresent() || t.isPresent()
                ? LeadFilter.all().withFirstSeenBetween(f.orElse(LocalDate.MIN), t.orElse(LocalDate.MAX)) : LeadFilter.all();
        ClassCaseReport classCases = ClassCaseReport.of(s.leads(filter), classCaseMin);
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("statistics", stats);
            o.put("class_cases", classCases);
            System.out.println(Json.write(o));
        } else {
            System.out.print(stats.toTextTable());
            System.out.println();
            System.out.print(classCases.toTextTable());
        }
        return 0;
    }
}
