package io.xingzhi.cli;

import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.StatisticsReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi stats}: review statistics and the 类案 report, as text tables or JSON, counted by
 * core's {@link io.xingzhi.core.app.StatisticsService} - the numbers of {@code GET /stats} and
 * {@code GET /class-cases}.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Review statistics per model, kind and agency, and the 类案 report (the numbers of GET /stats "
                + "and GET /class-cases).")
final class StatsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    @Option(names = "--store", required = true, description = "JDBC URL of the store")
    String store;

    @Option(names = "--json", description = "JSON on standard output: {statistics, class_cases}")
    boolean json;

    @Option(names = "--from", description = "leads first seen by a run as of this date or later (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", description = "leads first seen by a run as of this date or earlier (YYYY-MM-DD)")
    String to;

    @Option(names = "--min-count", defaultValue = "2", description = "fewest confirmed leads of a 类案 group (default ${DEFAULT-VALUE})")
    int minCount;

    @Override
    public Integer call() {
        Optional<LocalDate> f = Optional.ofNullable(from).map(s -> date("--from", s));
        Optional<LocalDate> t = Optional.ofNullable(to).map(s -> date("--to", s));
        StatisticsReport report = ApplicationServices.over(Stores.open(store)).leadIdKey(leadIdKey.key()).build().statistics().report(f, t, minCount);
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("statistics", report.statistics());
            o.put("class_cases", report.classCases());
            System.out.println(Json.write(o));
        } else {
            System.out.print(report.statistics().toTextTable());
            System.out.println();
            System.out.print(report.classCases().toTextTable());
        }
        return 0;
    }

    private static LocalDate date(String option, String text) {
        try {
            return RunCommand.parseAsOf(text);
        } catch (XingzhiCli.UsageError e) {
            throw new XingzhiCli.UsageError(option + ": \"" + text + "\" is not a date; use YYYY-MM-DD");
        }
    }
}
