package io.xingzhi.examples.embed;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.time.LocalDate;

/** The smallest embedding: a folder of agency CSV exports in, the four models run, leads out. */
public final class QuickStart {
    private QuickStart() {
    }

    /** {@code QuickStart FOLDER AS_OF}, e.g. {@code QuickStart data 2024-10-01}. */
    public static void main(String[] args) {
        Engine engine = Engine.builder()
                .source(new CsvRecordSource(Path.of(args[0])))  // judgments.csv, custody.csv, …
                .build();                                       // the four standard models
        RunResult result = engine.run(LocalDate.parse(args[1]));
        for (Lead lead : result.leads()) {
            System.out.println(lead.kind().label() + " " + lead.caseNumber() + " " + lead.summary());  // 超期投送 …
        }
        long rejected = result.report().datasets().values().stream().mapToLong(DatasetCounts::rejected).sum();
        System.out.println(result.leads().size() + " leads, " + rejected + " rows rejected");
    }
}
