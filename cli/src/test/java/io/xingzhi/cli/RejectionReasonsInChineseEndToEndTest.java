package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff who correct an agency's export read why a row was rejected in Chinese: rejections.csv
 * gives each reason in Chinese beside the English one (reason_zh after reason, which stays as it was),
 * report.md's reason tables and the run's summary show it in Chinese; --lang en keeps the English.
 */
class RejectionReasonsInChineseEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aRejectedRowsReasonIsInChineseInEveryOutputAndInEnglishOnRequest() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Path custody = data.resolve("custody.csv");
        List<String> lines = Files.readAllLines(custody, StandardCharsets.UTF_8);
        lines.add("王某,,凤城市看守所,,2024-02-30,,,");
        Files.write(custody, lines, StandardCharsets.UTF_8);
        int line = lines.size();

        CliRun zh = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("zh").toString());
        assertThat(zh.code()).as(zh.all()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("zh/rejections.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("\uFEFFdataset,source,line,reason,reason_zh");
        assertThat(csv).contains("custody,custody.csv," + line + ",\"admitted_on: no such day 2024-2-30 (\"\"2024-02-30\"\")\","
                + "\"入所日期：不存在的日期 2024-2-30（\"\"2024-02-30\"\"）\"");
        String md = Files.readString(dir.resolve("zh/report.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("| 入所日期：不存在的日期 #-#-#（\"…\"） (admitted_on: no such day #-#-# (\"…\")) | 1 |",
                "- `custody.csv:" + line + "` — 入所日期：不存在的日期 2024-2-30（\"2024-02-30\"） (admitted_on: no such day 2024-2-30 (\"2024-02-30\"))");
        assertThat(zh.out()).contains("入所日期：不存在的日期 #-#-#（\"…\"）");

        CliRun en = CliRun.of("run", "--data", data.toString(), "--as-of", "2024-10-01", "--out", dir.resolve("en").toString(),
                "--lang", "en");
        assertThat(en.code()).as(en.all()).isZero();
        assertThat(en.out()).contains("admitted_on: no such day #-#-# (\"…\")").doesNotContain("不存在的日期");
    }
}
