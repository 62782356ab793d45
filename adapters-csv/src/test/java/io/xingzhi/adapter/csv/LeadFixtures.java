package io.xingzhi.adapter.csv;

import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.PossibleMatch;
import io.xingzhi.core.supervision.custody.CustodyTransferModel;
import io.xingzhi.core.supervision.property.PropertyPenaltyModel;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.supervision.Parameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Leads and a run result built by hand for the writer tests (no identity numbers: they need core values). */
final class LeadFixtures {
    private LeadFixtures() {
    }

    static Lead lateTransfer() {
        return new Lead("XZ-0123456789abcdef", CustodyTransferModel.LATE_TRANSFER.withFacts("note", "备注"),
                Optional.empty(), "张三", "(2023)辽0682刑初93号", "看守所", "丹东市看守所", Optional.of(LocalDate.of(2023, 6, 26)),
                "张三于2023-05-27收到执行通知书，2023-06-12才投送监狱，超过30日。",
                List.of("高检规则第625条", "监狱法第15条"),
                List.of(new Evidence(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 12), "生效裁判"),
                        new Evidence(new SourceRef(Dataset.CUSTODY, "custody_2.csv", 3), "看守所羁押记录")),
                LinkedBy.NAME_BIRTH_DATE, true, false, DocumentType.CORRECTION_NOTICE,
                Map.of("notice_on", "2023-05-27", "left_on", "2023-06-12", "note", "含\"引号\",逗号\n换行"), List.of());
    }

    static Lead noDueDate() {
        return new Lead("XZ-fedcba9876543210", PropertyPenaltyModel.CLOSED_NOT_PAID, Optional.empty(), "=李四",
                "", "法院", "", Optional.empty(), "执行完毕但未足额", List.of(), List.of(), LinkedBy.ID_NUMBER, false, true,
                DocumentType.RECOMMENDATION, Map.of(),
                List.of(new PossibleMatch(new SourceRef(Dataset.ENFORCEMENT, "enforcement.csv", 4), "案号相同")));
    }

    static RunResult result() {
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rejections.add(new Rejection(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 2 + i),
                    "effective_date: \"2024-13-0" + i + "\" is not a date"));
        }
        rejections.add(new Rejection(new SourceRef(Dataset.CUSTODY, "custody.csv", 7), "expected 8 fields, found 7"));
        Map<Dataset, DatasetCounts> counts = new LinkedHashMap<>();
        counts.put(Dataset.JUDGMENTS, new DatasetCounts(Dataset.JUDGMENTS, true, List.of("judgments.csv"), 130, 100, 30));
        counts.put(Dataset.CUSTODY, new DatasetCounts(Dataset.CUSTODY, true, List.of("custody.csv", "custody_2.csv"),
                96, 95, 1, false, Map.of("expected # fields, found #", 1L)));
        counts.put(Dataset.ENFORCEMENT, new DatasetCounts(Dataset.ENFORCEMENT, false, List.of(), 0, 0, 0));
        Map<String, Map<String, Long>> leads = new LinkedHashMap<>();
        Map<String, Long> custody = new LinkedHashMap<>();
        custody.put("NOT_TRANSFERRED", 0L);
        custody.put("LATE_TRANSFER", 1L);
        leads.put("custody-transfer", custody);
        leads.put("property-penalty", Map.of("CLOSED_NOT_PAID", 1L));
        RunReport report = new RunReport(LocalDate.of(2024, 10, 1), Instant.parse("2024-10-01T08:00:00Z"),
                Instant.parse("2024-10-01T08:00:01.250Z"), counts, rejections,
                new IdentityStats(120, 300, 4, 2, 3, 1, List.of("custody.csv:9 no valid id_number and no birth_date")),
                leads, Map.of("political-rights", "dpr_supervision absent (未提供)"), Parameters.defaults().describe(),
                java.util.stream.Stream.concat(new CustodyTransferModel().kinds().stream(),
                        new PropertyPenaltyModel().kinds().stream()).toList());
        return new RunResult(List.of(lateTransfer(), noDueDate()), report);
    }
}
