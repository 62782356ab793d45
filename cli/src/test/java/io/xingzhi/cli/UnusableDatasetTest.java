package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.xingzhi.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset given whose every file is unusable (a header lacking a required field) holds no record,
 * and is taken as absent, as a missing file is: the kinds that need it do not run, and the report says
 * why. Before, the police's deprivation file with a misspelt column made a 漏管 lead of every person
 * deprived of political rights on the practice county (36 false leads, precision 0.695).
 */
class UnusableDatasetTest {
    @TempDir
    Path dir;

    @Test
    void aDatasetWhoseOnlyFileHasAnUnusableHeaderIsTakenAsAbsentAndMakesNoLead() throws Exception {
        Path good = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("good"));
        Path broken = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("broken"));
        Path dpr = broken.resolve("dpr_supervision.csv");
        List<String> lines = Files.readAllLines(dpr, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("start_on");
        lines.set(0, lines.get(0).replace("start_on", "start_dat"));
        Files.write(dpr, lines, StandardCharsets.UTF_8);

        CliRun a = CliRun.of("run", "--data", good.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-good").toString(), "--quiet");
        CliRun b = CliRun.of("run", "--data", broken.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("out-broken").toString(),
                "--json");
        assertThat(a.code()).as(a.all()).isZero();
        assertThat(b.code()).as(b.all()).isEqualTo(3);

        Set<String> goodLeads = new HashSet<>(Files.readAllLines(dir.resolve("out-good/leads.jsonl"), StandardCharsets.UTF_8));
        List<String> brokenLeads = Files.readAllLines(dir.resolve("out-broken/leads.jsonl"), StandardCharsets.UTF_8);
        assertThat(brokenLeads).isNotEmpty().allSatisfy(l -> assertThat(goodLeads).contains(l));
        assertThat(brokenLeads).noneSatisfy(l -> assertThat(l).contains("\"kind\":\"NOT_SUPERVISED\""));

        JsonNode notRun = JsonMapper.builder().build().readTree(b.out()).path("kinds_not_run").path("political-rights");
        for (String kind : List.of("NOT_SUPERVISED", "SUPERVISION_ENDED_EARLY", "NOT_RESTORED", "PERIOD_MISRECORDED")) {
            assertThat(notRun.path(kind).asText()).as(kind).contains("dpr_supervision", "表头都无法使用");
        }
        // a kind that does not need the police's file still runs
        assertThat(notRun.has("BARRED_ROLE")).isFalse();
    }

    @Test
    void aFeedAnsweringAnEmptyBodyPagedOrNotIsTakenAsAbsentToo() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY_PRACTICE, dir.resolve("feeds"));
        Files.write(data.resolve("empty.csv"), new byte[0]);
        List<String> datasets = List.of("judgments", "custody", "corrections", "resettlement", "enforcement", "commutations",
                "activities", "business_registrations");
        for (boolean paged : List.of(false, true)) {
            try (FolderFeedServer feeds = new FolderFeedServer(data).paged("dpr", List.of("empty.csv"))) {
                StringBuilder json = new StringBuilder("{\"datasets\": {");
                for (String d : datasets) {
                    json.append('"').append(d).append("\": {\"url\": \"").append(feeds.url(d + ".csv")).append("\"}, ");
                }
                json.append("\"dpr_supervision\": {\"url\": \"").append(paged ? feeds.url("dpr") + "\", \"paged\": true"
                        : feeds.url("empty.csv") + "\"").append("}}}");
                Path sources = dir.resolve("sources-" + paged + ".json");
                Files.writeString(sources, json, StandardCharsets.UTF_8);
                CliRun r = CliRun.of("run", "--sources", sources.toString(), "--as-of", "2024-10-01",
                        "--out", dir.resolve("out-" + paged).toString(), "--json");
                assertThat(r.code()).as(r.all()).isEqualTo(3);
                assertThat(Files.readString(dir.resolve("out-" + paged + "/leads.jsonl"))).as("paged " + paged)
                        .isNotEmpty().doesNotContain("\"kind\":\"NOT_SUPERVISED\"");
                assertThat(JsonMapper.builder().build().readTree(r.out()).path("kinds_not_run").path("political-rights")
                        .path("NOT_SUPERVISED").asText()).as("paged " + paged).contains("表头都无法使用");
            }
        }
    }
}
