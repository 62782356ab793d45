package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.PersonAssessment;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.run.RunResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assessing the persons on two threads, slice by slice ({@link PersonAssessment#assess}),
 * changes what a run costs, never what it finds: on a generated messy county, a run that assesses
 * every person on the engine's thread and a run that splits them give equal reports (counts,
 * identity statistics, records matched to nothing) and the same leads in the same order, with the
 * same evidence and the findings of the watches on the streamed activities.
 */
class AssessingOnTwoThreadsChangesNothingTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    @Test
    void aRunOnTwoThreadsEqualsARunOnOne(@TempDir Path dir) {
        Path data = dir.resolve("data");
        assertThat(XingzhiCli.execute("generate", "--out", data.toString(), "--persons", "2000", "--activities", "40000",
                "--seed", "31", "--as-of", AS_OF.toString())).isZero();

        RunResult one = runSplittingFrom(Integer.MAX_VALUE, data);
        RunResult two = runSplittingFrom(2, data);
        RunResult slices = withProperty(PersonAssessment.SLICE_PROPERTY, "37", () -> runSplittingFrom(2, data));

        assertThat(one.leads()).hasSizeGreaterThan(100);
        assertThat(one.leads()).anyMatch(l -> l.evidence().stream().anyMatch(e -> e.ref().source().startsWith("activities")));
        assertThat(one.report().unmatchedRecords()).isNotEmpty();
        assertThat(two.report()).isEqualTo(one.report());
        assertThat(two.leads()).containsExactlyElementsOf(one.leads());
        assertThat(slices.report()).as("about 55 slices of 37 persons, taken by both threads").isEqualTo(one.report());
        assertThat(slices.leads()).containsExactlyElementsOf(one.leads());
    }

    private static <T> T withProperty(String name, String value, java.util.function.Supplier<T> run) {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    private static RunResult runSplittingFrom(int persons, Path data) {
        return withProperty(PersonAssessment.PARALLEL_FROM_PROPERTY, Integer.toString(persons), () -> {
            Clock clock = Clock.fixed(Instant.parse("2024-10-02T00:00:00Z"), ZoneOffset.UTC);
            return Engine.builder().source(new CsvRecordSource(data)).clock(clock).leadIdKey(LeadIdKey.of(new byte[LeadIdKey.BYTES]))
                    .build().run(AS_OF);
        });
    }
}
