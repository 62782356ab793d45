package io.xingzhi.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.core.app.RunService;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.RunEngine;
import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode against the single-machine engine on the same folders: leads.jsonl,
 * leads.csv and rejections.csv byte for byte, and every count of the report (rows, rejections by
 * reason, the first rejections, identity statistics, leads per kind, skipped models and kinds,
 * unmatched records, notes on the inputs).
 */
class SparkRunEquivalenceTest {
    private static final LeadIdKey KEY = LeadIdKey.ofHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @TempDir
    Path tmp;

    @Test
    void theCountyFixtureGivesTheSameLeadsCountsAndRejectionsAsTheSingleMachineEngine() throws IOException {
        Path data = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("county"));
        RunResult spark = assertSameRun(data, Fixtures.AS_OF);
        assertThat(spark.leads()).isNotEmpty();
    }

    @Test
    void thePracticeFixtureGivesTheSameLeadsCountsAndRejectionsAsTheSingleMachineEngine() throws IOException {
        Path data = Fixtures.copy(Fixtures.COUNTY_PRACTICE, tmp.resolve("practice"));
        RunResult spark = assertSameRun(data, Fixtures.AS_OF);
        assertThat(spark.leads()).anySatisfy(l -> assertThat(l.possibleMatches()).isNotEmpty());
    }

    @Test
    void aMessySetWithPartitionCrossingCasesGivesTheSameLeadsCountsAndRejections() throws IOException {
        RunResult spark = assertSameRun(MessySets.first(tmp.resolve("messy-1")), MessySets.AS_OF);
        RunReport r = spark.report();
        assertThat(r.identity().linkedByCaseNumber()).as("enforcement cases that followed their source case").isGreaterThanOrEqualTo(3);
        assertThat(r.identity().sharedNumbers()).isPositive();
        assertThat(r.identity().linkedByNameBirth()).isPositive();
        assertThat(r.rejections()).extracting(x -> x.ref().source()).contains("judgments_extra.csv", "resettlement_extra.csv");
        assertThat(r.sourceNotes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo(io.xingzhi.core.run.SourceNote.Kind.HEADER_UNUSABLE));
        assertThat(r.datasets().get(io.xingzhi.core.record.Dataset.CUSTODY).sources()).contains("custody_gb.csv");
        assertThat(spark.leads()).filteredOn(l -> l.name().equals(MessySets.NEAR_MISS_NAME))
                .anySatisfy(l -> assertThat(l.possibleMatches()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aSecondMessySetWithFilesNamedForNoDatasetGivesTheSameLeadsCountsAndRejections() throws IOException {
        RunResult spark = assertSameRun(MessySets.second(tmp.resolve("messy-2")), MessySets.AS_OF);
        assertThat(spark.report().sourceNotes()).extracting(n -> n.kind())
                .contains(io.xingzhi.core.run.SourceNote.Kind.RECOGNISED, io.xingzhi.core.run.SourceNote.Kind.NOT_DATA);
        assertThat(spark.report().datasets().get(io.xingzhi.core.record.Dataset.ACTIVITIES).read()).isGreaterThan(3000);
    }

    @Test
    void moreIdentitySamplesThanTheReportKeepsAreTheSameSamplesInTheSameOrder() throws IOException {
        RunResult spark = assertSameRun(MessySets.third(tmp.resolve("messy-3")), MessySets.AS_OF);
        IdentityStats s = spark.report().identity();
        assertThat(s.invalidIdNumbers()).isGreaterThanOrEqualTo(20);
        assertThat(s.sharedNumbers()).isGreaterThanOrEqualTo(60);
        assertThat(s.duplicateRecords()).isEqualTo(24);
        assertThat(s.samples()).hasSize(IdentityResolver.MAX_SAMPLES_KEPT);
        // by kind (broken numbers, records linked to nobody, cases that cannot follow their source case,
        // shared numbers: cut short), then by file and line, as the single engine finds them
        List<Integer> kinds = s.samples().stream().map(SparkRunEquivalenceTest::kindOf).toList();
        assertThat(kinds).isSorted().contains(0, 1, 2, 3);
        assertThat(s.samples()).filteredOn(x -> x.startsWith("custody_")).first().asString().startsWith("custody_a.csv:2 ");
    }

    @Test
    void unresolvedRowsGivenTwiceAreMergedAndOfferedOnceAsPossibleMatchesAsOnOneMachine() throws IOException {
        // overlapping exports: every small dataset given twice; its rows without a birth key (a broken number
        // and no birth date: offered as near misses) must meet their first copy to be merged into it
        Path data = Fixtures.copy(Fixtures.COUNTY_PRACTICE, tmp.resolve("overlap"));
        for (String d : List.of("judgments", "custody", "corrections", "resettlement", "dpr_supervision", "enforcement",
                "commutations")) {
            Path f = data.resolve(d + ".csv");
            if (Files.exists(f)) {
                Files.copy(f, data.resolve(d + "_copy.csv"));
            }
        }
        RunResult spark = assertSameRun(data, Fixtures.AS_OF);
        assertThat(spark.report().identity().duplicateRecords()).isPositive();
        assertThat(spark.leads()).anySatisfy(l -> assertThat(l.possibleMatches()).isNotEmpty());
        assertThat(spark.leads()).allSatisfy(l -> assertThat(l.possibleMatches())
                .noneSatisfy(m -> assertThat(m.ref().source()).endsWith("_copy.csv")));
    }

    @Test
    void theNotesOnAJudgmentsFolderOfTwoFilesComeInTheSingleEnginesOrder() throws IOException {
        // the first file has a judgment whose sentence_text cannot be read, the second an unknown column: the
        // single engine says the dataset's header notes first, then its unread texts
        Path data = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("notes"));
        Files.writeString(data.resolve("judgments.csv"), "(2024)辽0682刑初990号,凤城市人民法院,张九,,2024-01-01,2024-01-15,有期徒刑,12,"
                + ",,,,,,,,,被告人张三犯盗窃罪，判处有期徒刑一年；被告人李四犯盗窃罪，判处有期徒刑一年，缓刑二年。\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(data.resolve("judgments_b.csv"), "case_number,court,name,id_number,effective_date,principal_penalty,"
                + "term_months,导出时间\n(2024)辽0682刑初991号,凤城市人民法院,王九,,2024-01-15,有期徒刑,12,2024-09-30\n");
        RunResult spark = assertSameRun(data, Fixtures.AS_OF);
        assertThat(spark.report().sourceNotes()).extracting(n -> n.kind()).containsSubsequence(
                io.xingzhi.core.run.SourceNote.Kind.UNKNOWN_COLUMNS, io.xingzhi.core.run.SourceNote.Kind.TEXT_UNREAD);
    }

    @Test
    void aPagedJoinedExportWithAFooterGivesTheSameLeadsCountsRejectionsAndNotes() throws IOException {
        // the header repeated on a page, a second export of the other column order joined below, a footer:
        // both engines read the rows by the header above them and note the lines that are no row alike
        Path data = Fixtures.copy(Fixtures.COUNTY, tmp.resolve("paged"));
        Path custody = data.resolve("custody.csv");
        List<String> lines = Files.readAllLines(custody, java.nio.charset.StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        String header = lines.get(0).replace("\uFEFF", "");
        List<String> out = new java.util.ArrayList<>(lines.subList(0, 31));
        out.add("本页小计：30人,,,");
        out.add(header);
        out.addAll(lines.subList(31, 61));
        out.add(reversed(header));
        lines.subList(61, lines.size()).forEach(l -> out.add(reversed(l)));
        out.add("合计：95人,,");
        out.add("制表人：张三  审核人：李四");
        out.add(",,,95,,");
        Files.write(custody, out, java.nio.charset.StandardCharsets.UTF_8);
        RunResult spark = assertSameRun(data, Fixtures.AS_OF);
        assertThat(spark.report().sourceNotes()).extracting(n -> n.kind()).contains(io.xingzhi.core.run.SourceNote.Kind.FOOTER,
                io.xingzhi.core.run.SourceNote.Kind.HEADER_AGAIN);
        assertThat(spark.report().rejections()).noneMatch(r -> r.ref().source().equals("custody.csv"));
    }

    private static String reversed(String line) {
        List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(line.split(",", -1)));
        java.util.Collections.reverse(cells);
        return String.join(",", cells);
    }

    private static int kindOf(String sample) {
        if (sample.contains("身份证号无效")) {
            return 0;
        }
        if (sample.contains("执行依据案号对应多名被告人")) {
            return 2;
        }
        if (sample.contains("同一身份证号对应不同姓名")) {
            return 3;
        }
        return sample.contains("关联") ? 1 : -1;
    }

    RunResult assertSameRun(Path data, LocalDate asOf) throws IOException {
        Path single = tmp.resolve("single-" + data.getFileName());
        Path spark = tmp.resolve("spark-" + data.getFileName());
        RunResult a = run(data, asOf, single, Engine.Builder::build);
        RunResult b = run(data, asOf, spark, SparkEngine.factory("local[2]", data, null));
        for (String file : List.of(CsvRunOutput.LEADS_JSONL, CsvRunOutput.LEADS_CSV, CsvRunOutput.REJECTIONS_CSV)) {
            assertThat(Files.readString(spark.resolve(file))).as(file).isEqualTo(Files.readString(single.resolve(file)));
        }
        assertThat(b.leads()).isEqualTo(a.leads());
        RunReport x = a.report();
        RunReport y = b.report();
        assertThat(y.datasets()).isEqualTo(x.datasets());
        assertThat(y.rejections()).isEqualTo(x.rejections());
        assertThat(counts(y.identity())).isEqualTo(counts(x.identity()));
        assertThat(y.identity().samples()).containsExactlyElementsOf(x.identity().samples());
        assertThat(y.leadsByModelAndKind()).isEqualTo(x.leadsByModelAndKind());
        assertThat(y.skippedModels()).isEqualTo(x.skippedModels());
        assertThat(y.kindsNotRun()).isEqualTo(x.kindsNotRun());
        assertThat(y.unmatchedRecords()).isEqualTo(x.unmatchedRecords());
        assertThat(y.sourceNotes()).isEqualTo(x.sourceNotes());
        assertThat(y.parameters()).isEqualTo(x.parameters());
        return b;
    }

    private static List<Long> counts(IdentityStats s) {
        return List.of(s.persons(), s.linkedById(), s.linkedByNameBirth(), s.linkedByCaseNumber(), s.unresolved(),
                s.invalidIdNumbers(), s.sharedNumbers(), s.duplicateRecords(),
                s.conflictingRecords());
    }

    private static RunResult run(Path data, LocalDate asOf, Path out, Function<Engine.Builder, ? extends RunEngine> engine) {
        CsvRunOutput output = new CsvRunOutput(out);
        return RunService.builder(new CsvRecordSource(data)).output(output).rejections(output.rejections())
                .leadIdKey(() -> KEY).engine(engine).build().run(asOf).result();
    }
}
