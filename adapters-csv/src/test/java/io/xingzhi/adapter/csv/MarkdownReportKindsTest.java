package io.xingzhi.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.property.PropertyPenaltyModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** report.md says which kinds could not run and why (never "0 leads"), and lists the records matched to no judgment. */
class MarkdownReportKindsTest {

    private static RunReport report() {
        return new RunReport(LocalDate.of(2024, 10, 1), Instant.parse("2024-10-01T08:00:00Z"), Instant.parse("2024-10-01T08:00:01Z"),
                Map.of(), List.of(), new IdentityStats(10, 20, 0, 2, 0, 0, 0, List.of()),
                Map.of("property-penalty", Map.of("NOT_TRANSFERRED", 3L)), Map.of(), Parameters.defaults().describe(),
                new PropertyPenaltyModel().kinds(),
                Map.of("property-penalty", Map.of("TERMINATED_WITH_ASSETS", "缺少数据集 missing dataset business_registrations（市场监督管理局 企业登记）")),
                List.of(new UnmatchedRecord(new SourceRef(Dataset.ENFORCEMENT, "enforcement.csv", 18),
                        "执行案件未载明执行依据案号，且该人含财产刑的生效裁判有2份")));
    }

    @Test
    void aKindThatCouldNotRunIsShownAsNotRunWithItsReason() {
        String md = MarkdownReportWriter.render(report());
        assertThat(md).contains("| property-penalty | TERMINATED_WITH_ASSETS 终本不当 | 未运行 (not run) |");
        assertThat(md).doesNotContain("TERMINATED_WITH_ASSETS 终本不当 | 0");
        assertThat(md).contains("## 未运行的线索类型 (kinds that could not run)")
                .contains("- property-penalty / TERMINATED_WITH_ASSETS 终本不当: 缺少数据集 missing dataset business_registrations");
    }

    @Test
    void recordsMatchedToNoJudgmentAreListedWithFileLineAndReason() {
        String md = MarkdownReportWriter.render(report());
        assertThat(md).contains("## 未能对应判决的记录 (records matched to no judgment)")
                .contains("- `enforcement.csv:18` — 执行案件未载明执行依据案号");
        assertThat(md).contains("| 按执行依据案号归属判决的执行案件 (enforcement cases linked by source_case_number) | 2 |");
    }
    /** A value of an agency's export quoted by the report sends a terminal that shows report.md no escape sequence. */
    @Test
    void aControlCharacterInTheDataIsShownAsAReplacementCharacter() {
        RunReport r = new RunReport(LocalDate.of(2024, 10, 1), Instant.parse("2024-10-01T08:00:00Z"),
                Instant.parse("2024-10-01T08:00:01Z"), Map.of(), List.of(), new IdentityStats(10, 20, 0, 2, 0, 0, 0, List.of()),
                Map.of("property-penalty", Map.of("NOT_TRANSFERRED", 3L)), Map.of(), Parameters.defaults().describe(),
                new PropertyPenaltyModel().kinds(), Map.of(),
                List.of(new UnmatchedRecord(new SourceRef(Dataset.ENFORCEMENT, "enforcement\u001b]0;x\u0007.csv", 18),
                        "执行依据\u001b[2J(2021)辽0602刑初159号\u009b31m无对应判决")));

        String md = MarkdownReportWriter.render(r);

        assertThat(md).doesNotContain("\u001b", "\u0007", "\u009b")
                .contains("- `enforcement\uFFFD]0;x\uFFFD.csv:18` — 执行依据\uFFFD\\[2J(2021)辽0602刑初159号\uFFFD31m无对应判决");
    }
}
